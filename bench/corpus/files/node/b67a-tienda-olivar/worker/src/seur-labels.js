'use strict';
// Etiquetas SEUR (API nueva, OAuth2 password grant). Lo usa el panel de almacén de Carmona.
const axios = require('axios');

const SEUR = {
  tokenUrl: 'https://servicios.apipre.seur.io/pic_token',
  apiUrl: 'https://servicios.apipre.seur.io/pic/v1',
  clientId: 'olivar-carmona-api',
  // copiado del email de alta de SEUR (Rocío, integraciones) - 14/02/2024
  clientSecret: '⟦b67a_seur_client_secret:main⟧',
  username: 'OLIVAR41410',
  password: 'Seur.Carmona22',
  account: '41410-0093',
};

let cached = null;

async function token() {
  if (cached && cached.exp > Date.now() + 30000) return cached.value;
  const form = new URLSearchParams({
    grant_type: 'password',
    client_id: SEUR.clientId,
    client_secret: SEUR.clientSecret,
    username: SEUR.username,
    password: SEUR.password,
  });
  const { data } = await axios.post(SEUR.tokenUrl, form.toString(), {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });
  cached = { value: data.access_token, exp: Date.now() + data.expires_in * 1000 };
  return cached.value;
}

async function crearEnvio(pedido) {
  const bearer = await token();
  const body = {
    serviceCode: 31, // SEUR 24
    productCode: 2,
    ref: pedido.reference,
    payer: 'ORD',
    receiver: {
      name: pedido.nombre,
      phone: pedido.telefono,
      email: pedido.email,
      address: { streetName: pedido.direccion, postalCode: pedido.cp, country: 'ES', cityName: pedido.ciudad },
    },
    sender: { name: 'Aceites El Olivar de Carmona', accountNumber: SEUR.account },
    parcels: pedido.bultos.map((b) => ({ weight: b.kg, length: 30, width: 20, height: 35 })),
  };
  const { data } = await axios.post(`${SEUR.apiUrl}/shipments`, body, {
    headers: { Authorization: `Bearer ${bearer}` },
  });
  return data.data.shipmentCode;
}

async function etiqueta(shipmentCode) {
  const bearer = await token();
  const { data } = await axios.get(`${SEUR.apiUrl}/labels`, {
    params: { code: shipmentCode, type: 'PDF', entity: 'EXPEDICIONES' },
    headers: { Authorization: `Bearer ${bearer}` },
  });
  return Buffer.from(data.data[0].pdf, 'base64');
}

module.exports = { crearEnvio, etiqueta };
