'use strict';
/** Generators added with batch58-c: each with the URL of the documentation it follows. */
const { AL, b64, uuid, pem, der, seq } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Mercado Pago / Mercado Libre: Access Token (APP_USR-<app id>-<date>-<32 hex>-<user id>, TEST- in the
  // sandbox), Public Key (APP_USR-/TEST- + UUID, used in the frontend), Client Secret (32 alphanumerics),
  // webhook secret signature (64 hex), OAuth refresh tokens TG-<24 hex>-<user id>
  // ---------------------------------------------------------------------------------------------
  const MP_DOC = 'https://www.mercadopago.com.br/developers/en/docs/your-integrations/credentials (Public Key used in the frontend; Access Token "private key" used in the backend; Client ID and Client Secret for OAuth; tokens read APP_USR-<app id>-<mmddhh>-<32 hex>-<user id>, TEST- for test credentials)';
  const mpBody = (r) => `${r.digits(16)}-${r.str(AL.digit, 6)}-${r.hex(32)}-${r.digits(9)}`;
  def('b58c_mercadopago_access_token', 'mercadopago', true, MP_DOC, (r) => `APP_USR-${mpBody(r)}`);
  def('b58c_mercadopago_test_access_token', 'mercadopago', true, `${MP_DOC}; test access tokens still authenticate to the seller's sandbox and read account data`, (r) => `TEST-${mpBody(r)}`);
  def('b58c_mercadopago_public_key', 'mercadopago', false, `${MP_DOC}; the Public Key is meant for the frontend`, (r, seed) => `${/^test/.test(String(seed)) ? 'TEST' : 'APP_USR'}-${uuid(r)}`);
  plain('b58c_mercadopago_client_secret', 'mercadopago', AL.b62, 32, MP_DOC);
  def('b58c_mercadopago_webhook_secret', 'mercadopago', true, 'https://www.mercadopago.com.br/developers/en/docs/your-integrations/notifications/webhooks (secret signature shown in Your integrations, HMAC-SHA256 key for the x-signature header; 64 hex)', (r) => r.hex(64));
  def('b58c_meli_refresh_token', 'mercadolibre', true, 'https://developers.mercadolibre.com.ar/en_us/authentication-and-authorization (refresh_token TG-<24 hex>-<user id>, exchanged with client_id/client_secret for a new APP_USR access token)', (r) => `TG-${r.hex(24)}-${r.digits(9)}`);
  def('b58c_meli_app_id', 'none', false, 'https://developers.mercadolibre.com.ar/en_us/register-your-application (APP ID / client_id: a numeric application identifier, part of the public authorization URL)', (r) => r.digits(16));

  // ---------------------------------------------------------------------------------------------
  // PagSeguro / PagBank: account token (legacy: 32 upper-case hex; PagBank Connect: UUID followed by 64 hex,
  // 100 characters), sent as Authorization: Bearer or ?token=
  // ---------------------------------------------------------------------------------------------
  const PAGBANK_DOC = 'https://developer.pagbank.com.br/docs/token-de-autenticacao (token de autenticação da conta, Authorization: Bearer; 100 characters: a UUID and 64 hex; legacy PagSeguro v2 tokens 32 upper-case hex in ?email=&token=)';
  def('b58c_pagbank_token', 'pagseguro', true, PAGBANK_DOC, (r) => `${uuid(r)}${r.hex(64)}`);
  plain('b58c_pagseguro_legacy_token', 'pagseguro', AL.HEX, 32, PAGBANK_DOC);

  // ---------------------------------------------------------------------------------------------
  // Pagar.me (Stone group) API v5: secret key sk_ / sk_test_ + 32 alphanumerics (Basic auth user), public key
  // pk_ / pk_test_ for card tokenization in the browser
  // ---------------------------------------------------------------------------------------------
  const PAGARME_DOC = 'https://docs.pagar.me/reference/autentica%C3%A7%C3%A3o-2 (chave secreta sk_ / sk_test_ sent as Basic auth user; chave pública pk_ / pk_test_ used only for tokenization)';
  def('b58c_pagarme_secret_key', 'pagarme', true, PAGARME_DOC, (r, seed) => `sk_${/^test/.test(String(seed)) ? 'test_' : ''}${r.str(AL.b62, 32)}`);
  def('b58c_pagarme_public_key', 'pagarme', false, `${PAGARME_DOC}; public key, meant for the checkout page`, (r, seed) => `pk_${/^test/.test(String(seed)) ? 'test_' : ''}${r.str(AL.b62, 32)}`);

  // ---------------------------------------------------------------------------------------------
  // Cielo API 3.0: MerchantId (UUID) + MerchantKey (40 upper-case alphanumerics) headers
  // ---------------------------------------------------------------------------------------------
  const CIELO_DOC = 'https://developercielo.github.io/en/manual/cielo-ecommerce (MerchantId: a GUID identifying the store; MerchantKey: 40-character key, "must be kept secret")';
  plain('b58c_cielo_merchant_key', 'cielo', AL.upperAlnum, 40, CIELO_DOC);

  // ---------------------------------------------------------------------------------------------
  // Getnet (Santander): OAuth client_credentials with client_id and client_secret, both UUIDs; seller_id UUID
  // ---------------------------------------------------------------------------------------------
  def('b58c_getnet_client_secret', 'getnet', true, 'https://developers.getnet.com.br/api#tag/Autenticacao (POST /auth/oauth/v2/token with Basic base64(client_id:client_secret); credentials issued as UUIDs)', (r) => uuid(r));

  def('b58c_getnet_basic_credentials', 'getnet', true, 'https://developers.getnet.com.br/api#tag/Autenticacao (Authorization: Basic base64(client_id:client_secret), both UUIDs)', (r) => b64(`${uuid(r)}:${uuid(r)}`));
  def('b58c_getnet_access_token', 'getnet', true, 'https://developers.getnet.com.br/api#tag/Autenticacao (access_token returned by /auth/oauth/v2/token, a UUID-shaped bearer token valid for 3600 s)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Conekta (Mexico): private API key key_ + alphanumerics (Bearer), public key the same shape for tokenization
  // ---------------------------------------------------------------------------------------------
  const CONEKTA_DOC = 'https://developers.conekta.com/docs/api-keys-producción (llave privada key_... for the backend, Authorization: Bearer; llave pública key_... for Conekta.js tokenization)';
  def('b58c_conekta_private_key', 'conekta', true, CONEKTA_DOC, (r) => `key_${r.str(AL.b62, 27)}`);
  def('b58c_conekta_public_key', 'conekta', false, `${CONEKTA_DOC}; the public key only creates card tokens`, (r) => `key_${r.str(AL.b62, 27)}`);
  def('b58c_conekta_webhook_key', 'conekta', false, 'https://developers.conekta.com/docs/verificar-firma-webhook (webhook_key public_key: RSA public key in PEM used to verify the Digest header; public)', (r) => r.str(AL.b62, 24));

  // ---------------------------------------------------------------------------------------------
  // Openpay (BBVA, Mexico/Colombia/Peru): merchant id (20 lower-case alphanumerics), private key sk_ + 32 hex
  // (Basic auth user), public key pk_ + 32 hex (openpay.js)
  // ---------------------------------------------------------------------------------------------
  const OPENPAY_DOC = 'https://documents.openpay.mx/en/api/#authentication (ID de comercio, llave privada sk_... as Basic user, llave pública pk_... for the browser)';
  def('b58c_openpay_merchant_id', 'none', false, `${OPENPAY_DOC}; the merchant id is part of every public API URL`, (r) => `m${r.str(AL.lower + AL.digit, 19)}`);
  def('b58c_openpay_private_key', 'openpay', true, OPENPAY_DOC, (r) => `sk_${r.hex(32)}`);
  def('b58c_openpay_public_key', 'openpay', false, `${OPENPAY_DOC}; public key for openpay.js`, (r) => `pk_${r.hex(32)}`);

  // ---------------------------------------------------------------------------------------------
  // Culqi (Peru): pk_live_/pk_test_ public, sk_live_/sk_test_ secret
  // ---------------------------------------------------------------------------------------------
  const CULQI_DOC = 'https://docs.culqi.com/es/documentacion/pagos-online/llaves (llave pública pk_(test|live)_..., llave privada sk_(test|live)_...: "deben ser guardadas en tus servidores de manera confidencial")';
  def('b58c_culqi_secret_key', 'culqi', true, CULQI_DOC, (r, seed) => `sk_${/^test/.test(String(seed)) ? 'test' : 'live'}_${r.str(AL.b62, 16)}`);
  def('b58c_culqi_public_key', 'culqi', false, CULQI_DOC, (r, seed) => `pk_${/^test/.test(String(seed)) ? 'test' : 'live'}_${r.str(AL.b62, 16)}`);

  // ---------------------------------------------------------------------------------------------
  // Wompi (Bancolombia): pub_prod_/pub_test_ public key, prv_prod_ private key, prod_events_ and
  // prod_integrity_ secrets
  // ---------------------------------------------------------------------------------------------
  const WOMPI_DOC = 'https://docs.wompi.co/docs/colombia/ambientes-y-llaves/ (llave pública pub_prod_/pub_test_, llave privada prv_prod_/prv_test_, secreto de eventos prod_events_, secreto de integridad prod_integrity_; 32 alphanumerics after the prefix)';
  def('b58c_wompi_private_key', 'wompi', true, WOMPI_DOC, (r, seed) => `prv_${/^test/.test(String(seed)) ? 'test' : 'prod'}_${r.str(AL.b62, 32)}`);
  def('b58c_wompi_events_secret', 'wompi', true, WOMPI_DOC, (r) => `prod_events_${r.str(AL.b62, 32)}`);
  def('b58c_wompi_integrity_secret', 'wompi', true, WOMPI_DOC, (r) => `prod_integrity_${r.str(AL.b62, 32)}`);
  def('b58c_wompi_public_key', 'wompi', false, `${WOMPI_DOC}; public key for the widget`, (r, seed) => `pub_${/^test/.test(String(seed)) ? 'test' : 'prod'}_${r.str(AL.b62, 32)}`);

  // ---------------------------------------------------------------------------------------------
  // Kushki: Private-Merchant-Id (secret) and Public-Merchant-Id (frontend), 32 hex each
  // ---------------------------------------------------------------------------------------------
  const KUSHKI_DOC = 'https://docs.kushki.com/co/en/getting-started/credentials (Public-Merchant-Id for Kushki.js; Private-Merchant-Id header "must never be exposed"; 32 hex)';
  plain('b58c_kushki_private_merchant_id', 'kushki', AL.hex, 32, KUSHKI_DOC);
  def('b58c_kushki_public_merchant_id', 'kushki', false, KUSHKI_DOC, (r) => r.hex(32));

  // ---------------------------------------------------------------------------------------------
  // dLocal Payins API: X-Login, X-Trans-Key and a secret key that signs every request (HMAC-SHA256 V2-HMAC-SHA256)
  // ---------------------------------------------------------------------------------------------
  const DLOCAL_DOC = 'https://docs.dlocal.com/reference/payins-security (X-Login and X-Trans-Key headers plus the Secret Key used for the HMAC-SHA256 Authorization signature; all three provided in the merchant dashboard)';
  plain('b58c_dlocal_trans_key', 'dlocal', AL.b62, 10, DLOCAL_DOC);
  plain('b58c_dlocal_secret_key', 'dlocal', AL.b62, 40, DLOCAL_DOC);
  def('b58c_dlocal_login', 'none', false, `${DLOCAL_DOC}; X-Login is the merchant login id`, (r) => r.str(AL.b62, 10));

  // ---------------------------------------------------------------------------------------------
  // EBANX: integration_key (secret, server side, live_ik_/test_ik_) and public integration key (live_pk_/test_pk_)
  // ---------------------------------------------------------------------------------------------
  const EBANX_DOC = 'https://developer.ebanx.com/docs/resources/credentials (integration key live_ik_/test_ik_ for server calls; public integration key live_pk_/test_pk_ for EBANX.js)';
  def('b58c_ebanx_integration_key', 'ebanx', true, EBANX_DOC, (r) => `live_ik_${r.str(AL.b64url, 22)}`);
  def('b58c_ebanx_public_key', 'ebanx', false, EBANX_DOC, (r) => `live_pk_${r.str(AL.b64url, 22)}`);

  // ---------------------------------------------------------------------------------------------
  // VTEX: appKey vtexappkey-<account>-<6 upper-case> (an identifier, like a user name) and appToken (100 upper-case letters)
  // ---------------------------------------------------------------------------------------------
  const VTEX_DOC = 'https://developers.vtex.com/docs/guides/api-authentication-using-api-keys (X-VTEX-API-AppKey vtexappkey-{account}-{random} and X-VTEX-API-AppToken, a 100-character token shown once)';
  def('b58c_vtex_app_key', 'none', false, `${VTEX_DOC}; the appKey names the key like a user name`, (r, seed) => `vtexappkey-${seed && !String(seed).startsWith('#') ? seed : 'lojapaulista'}-${r.str(AL.upper, 6)}`);
  plain('b58c_vtex_app_token', 'vtex', AL.upper, 100, VTEX_DOC);

  // ---------------------------------------------------------------------------------------------
  // Nuvemshop / Tiendanube: app access token (Authentication: bearer <token>), app client secret
  // ---------------------------------------------------------------------------------------------
  const NUVEM_DOC = 'https://tiendanube.github.io/api-documentation/authentication (access_token returned by /apps/authorize/token, sent as "Authentication: bearer"; the app client_secret signs the exchange; tokens modelled as 40 hex)';
  plain('b58c_nuvemshop_access_token', 'nuvemshop', AL.hex, 40, NUVEM_DOC);
  plain('b58c_nuvemshop_client_secret', 'nuvemshop', AL.b62, 48, NUVEM_DOC);

  // ---------------------------------------------------------------------------------------------
  // Z-API (WhatsApp, Brazil): instance id (32 upper hex, in the URL), instance token (24 upper alphanumerics, in the URL),
  // account security token sent as Client-Token (F + 33 alphanumerics)
  // ---------------------------------------------------------------------------------------------
  const ZAPI_DOC = 'https://developer.z-api.io/security/client-token (https://api.z-api.io/instances/{instanceId}/token/{token}/send-text plus the Client-Token header: the account security token)';
  def('b58c_zapi_instance_id', 'none', false, `${ZAPI_DOC}; the instance id alone does not authenticate`, (r) => r.str(AL.HEX, 32));
  plain('b58c_zapi_instance_token', 'z-api', AL.upperAlnum, 24, ZAPI_DOC);
  def('b58c_zapi_client_token', 'z-api', true, ZAPI_DOC, (r) => `F${r.str(AL.b62, 33)}`);

  // ---------------------------------------------------------------------------------------------
  // Asaas (Brazil): API key sent in the access_token header, $aact_prod_000/$aact_hmlg_000 + base64
  // ---------------------------------------------------------------------------------------------
  def('b58c_asaas_api_key', 'asaas', true, 'https://docs.asaas.com/docs/authentication-2 (API key in the access_token header; keys start $aact_prod_ in production and $aact_hmlg_ in the sandbox, followed by a base64 body)',
    (r, seed) => `$aact_${/^hmlg/.test(String(seed)) ? 'hmlg' : 'prod'}_000${b64(`${r.hex(32)}::${uuid(r)}::$aach_${uuid(r)}`).replace(/=+$/, '')}`);

  // ---------------------------------------------------------------------------------------------
  // Efí (ex-Gerencianet) API Pix: Client_Id_<40 hex> and Client_Secret_<40 hex>, plus the .p12 certificate
  // ---------------------------------------------------------------------------------------------
  const EFI_DOC = 'https://dev.efipay.com.br/docs/api-pix/credenciais (Client_Id_... and Client_Secret_... of the application, used with the P12 certificate for mTLS)';
  def('b58c_efi_client_id', 'none', false, `${EFI_DOC}; the client id alone is an identifier`, (r) => `Client_Id_${r.hex(40)}`);
  def('b58c_efi_client_secret', 'efi', true, EFI_DOC, (r) => `Client_Secret_${r.hex(40)}`);

  // ---------------------------------------------------------------------------------------------
  // Pix keys and BR Code: chave aleatória (EVP, a UUID) is an account alias meant to be shared; the "copia e cola"
  // payload is an EMV QR string with a CRC16
  // ---------------------------------------------------------------------------------------------
  def('b58c_pix_evp_key', 'none', false, 'https://www.bcb.gov.br/estabilidadefinanceira/pix (chave aleatória: a UUID handed to payers; an address, not a credential)', (r) => uuid(r));
  def('b58c_pix_brcode', 'none', false, 'https://www.bcb.gov.br/content/estabilidadefinanceira/SiteAssets/Manual%20do%20BR%20Code.pdf (BR Code EMV payload, ID 00..63 with CRC16; printed on receipts)', (r) => {
    const key = uuid(r);
    const gui = `0014br.gov.bcb.pix01${String(key.length).padStart(2, '0')}${key}`;
    const amount = `${r.range(10, 999)}.${r.str(AL.digit, 2)}`;
    const txid = r.str(AL.upperAlnum, 25);
    return `00020126${String(gui.length).padStart(2, '0')}${gui}52040000530398654${String(amount.length).padStart(2, '0')}${amount}5802BR5913LOJA PAULISTA6009SAO PAULO62${String(txid.length + 4).padStart(2, '0')}05${String(txid.length).padStart(2, '0')}${txid}6304${r.str(AL.HEX, 4)}`;
  });

  // ---------------------------------------------------------------------------------------------
  // Delivery partner APIs: iFood Merchant API (clientId UUID + clientSecret), Rappi Partners (Auth0 client credentials)
  // ---------------------------------------------------------------------------------------------
  plain('b58c_ifood_client_secret', 'ifood', AL.lowerAlnum, 96, 'https://developer.ifood.com.br/pt-BR/docs/guides/authentication/centralized (clientId and clientSecret of the app, grantType client_credentials at /authentication/v1.0/oauth/token; secret modelled on issued values)');
  plain('b58c_rappi_client_secret', 'rappi', AL.b64url, 64, 'https://dev-portal.rappi.com/api/#authentication (client_id / client_secret exchanged at the Rappi Auth0 tenant for an access token, audience https://int-public-api-v2/api)');

  // ---------------------------------------------------------------------------------------------
  // Fiscal documents: NF-e e-CNPJ A1 (PKCS#12, base64 in env vars), SAT CSD private key (.key, PKCS#8 encrypted),
  // Focus NFe API token, DIAN technical key
  // ---------------------------------------------------------------------------------------------
  def('b58c_pfx_a1_b64', 'private-key', true, 'https://www.gov.br/iti/pt-br/assuntos/certificado-digital (certificado A1: a PKCS#12 file holding the private key, often stored base64 in CI variables; RFC 7292 PFX starts with SEQUENCE 30 82 ..)',
    (r) => b64(seq(der(0x02, Buffer.from([3])), r.bytes(2400))));
  def('b58c_sat_csd_key_pem', 'private-key', true, 'https://www.sat.gob.mx/aplicacion/16660/genera-y-descarga-tus-archivos-a-traves-de-la-aplicacion-certifica (CSD .key: PKCS#8 EncryptedPrivateKeyInfo, DER; converted with openssl pkcs8 -inform DER to ENCRYPTED PRIVATE KEY PEM; the password sits next to it in PAC configs)',
    (r) => pem('ENCRYPTED PRIVATE KEY', seq(seq(Buffer.from('06092a864886f70d01050d', 'hex'), r.bytes(60)), der(0x04, r.bytes(1232)))));
  def('b58c_sat_no_certificado', 'none', false, 'https://www.sat.gob.mx/consultas/11211/consulta-de-certificados (NoCertificado: 20-digit serial of the CSD, printed on every CFDI; public)', (r) => `0000100000${r.str(AL.digit, 10)}`);
  plain('b58c_focusnfe_token', 'focusnfe', AL.b62, 32, 'https://focusnfe.com.br/doc/#introducao_autenticacao (token de acesso, HTTP Basic user with empty password; token de produção and token de homologação)');
  def('b58c_dian_clave_tecnica', 'dian', true, 'https://www.dian.gov.co/impuestos/factura-electronica/Documents/Anexo-Tecnico-Factura-Electronica-de-Venta-vr-1-9.pdf (ClTec, clave técnica of the numbering range, returned by GetNumberingRange; enters the SHA-384 CUFE so only the issuer can compute it; 64 hex)', (r) => r.hex(64));
  def('b58c_dian_software_id', 'none', false, 'https://www.dian.gov.co/impuestos/factura-electronica/ (SoftwareID: a UUID identifying the registered billing software, written into every invoice)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Meta WhatsApp Cloud API app secret (32 hex) and Banco Inter / Itaú client secrets (UUIDs)
  // ---------------------------------------------------------------------------------------------
  plain('b58c_meta_app_secret', 'facebook', AL.hex, 32, 'https://developers.facebook.com/docs/graph-api/webhooks/getting-started#validate-payloads (App Secret, HMAC-SHA256 key of X-Hub-Signature-256 and part of app access tokens; 32 hex)');
  def('b58c_bancointer_client_secret', 'banco-inter', true, 'https://developers.inter.co/references/token (client_id and client_secret of the integration, UUIDs, together with the mTLS certificate and key)', (r) => uuid(r));
};
