/**
 * Client BRT (REST "shipments") condiviso fra i siti dei clienti.
 * Documentazione: manuale "BRT - Routing e Creazione Spedizioni REST" v1.4
 */
const fetch = require('node-fetch');

const BRT_URL = 'https://api.brt.it/rest/v1/shipments';

const DEFAULT_ACCOUNT = {
  // account di test della Bottega, usato se il cliente non ha il suo
  userID: process.env.BRT_USER_ID || '1020999',
  password: process.env.BRT_PASSWORD || 'Bottega.Brt21',
};

function conto(account = DEFAULT_ACCOUNT) {
  return { userID: String(account.userID), password: account.password };
}

async function creaSpedizione(ordine, account) {
  const body = {
    account: conto(account),
    createData: {
      departureDepot: 0,
      senderCustomerCode: Number(conto(account).userID),
      deliveryFreightTypeCode: 'DAP',
      consigneeCompanyName: ordine.nome,
      consigneeAddress: ordine.indirizzo,
      consigneeZIPCode: ordine.cap,
      consigneeCity: ordine.citta,
      consigneeProvinceAbbreviation: ordine.provincia,
      consigneeCountryAbbreviationISOAlpha2: 'IT',
      consigneeEMail: ordine.email,
      consigneeMobilePhoneNumber: ordine.telefono,
      numberOfParcels: ordine.colli,
      weightKG: ordine.pesoKg,
      numericSenderReference: ordine.id,
      alphanumericSenderReference: ordine.numero,
      isCODMandatory: '0',
    },
    isLabelRequired: '1',
    labelParameters: { outputType: 'PDF', offsetX: 0, offsetY: 0, isBorderRequired: '0', isLogoRequired: '1' },
  };
  const res = await fetch(`${BRT_URL}/shipment`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  const esito = json.createResponse.executionMessage;
  if (esito.code < 0) throw new Error(`BRT ${esito.code}: ${esito.message}`);
  return json.createResponse.labels.label.map((l) => ({ tracking: l.trackingByParcelID, pdf: l.stream }));
}

module.exports = { creaSpedizione };
