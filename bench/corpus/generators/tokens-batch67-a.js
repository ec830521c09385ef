'use strict';
/** Generators added with batch67-a: each with the URL of the documentation it follows. */
const { AL, b64, b64url, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Spain: Redsys TPV Virtual (also carries Bizum): the merchant's SHA-256 secret key ("clave secreta de
  // comercio", 32 base64 characters = a 24-byte 3DES key diversified per order), the FUC merchant code and
  // the per-request Ds_Signature
  // ---------------------------------------------------------------------------------------------
  const REDSYS_DOC = 'https://pagosonline.redsys.es/desarrolladores-inicio/integrate-con-nosotros/parametros-de-entrada-y-salida/ (Ds_SignatureVersion HMAC_SHA256_V1: the merchant key from the Canales module, 32 base64 characters, is 3DES-diversified with Ds_Merchant_Order and HMAC-SHA256 signs Ds_MerchantParameters; Ds_Merchant_MerchantCode is the 9-digit FUC)';
  def('b67a_redsys_merchant_key', 'redsys', true, REDSYS_DOC, (r) => b64(r.bytes(24)));
  def('b67a_redsys_fuc', 'none', false, `${REDSYS_DOC}; the FUC identifies the merchant and is posted in every payment form`, (r) => r.digits(9));
  def('b67a_redsys_signature', 'none', false, `${REDSYS_DOC}; Ds_Signature is a per-order base64url HMAC, useless for another order`, (r) => b64url(r.bytes(32)).replace(/$/, '='));

  // ---------------------------------------------------------------------------------------------
  // Spanish banks' developer portals: BBVA API Market (app id + secret, Basic base64(app_id:secret) at the
  // token endpoint), CaixaBank PSD2 / API Store (OAuth client credentials)
  // ---------------------------------------------------------------------------------------------
  const BBVA_DOC = 'https://www.bbvaapimarket.com/es/api-developers/authentication/ (each app gets an app_id and a secret; the token call sends Authorization: Basic base64(app_id:secret) and returns a short-lived access_token)';
  def('b67a_bbva_app_id', 'none', false, `${BBVA_DOC}; the app id is an identifier`, (r) => `app.bbva.${r.str(AL.lower, 8)}`);
  plain('b67a_bbva_app_secret', 'bbva', AL.b62, 36, BBVA_DOC);
  def('b67a_caixabank_client_id', 'none', false, 'https://developer.caixabank.com/ (PSD2 / API Store application: client_id is a UUID sent in the authorize URL; public)', (r) => uuid(r));
  plain('b67a_caixabank_client_secret', 'caixabank', AL.b62, 48, 'https://developer.caixabank.com/ (PSD2 / API Store application: OAuth client_secret shown in the developer portal, used with the eIDAS QWAC at the token endpoint)');

  // ---------------------------------------------------------------------------------------------
  // Spanish SaaS: Holded (API key in the "key" header, 32 hex), Factorial HR (API key in x-api-key, OAuth app
  // client secret)
  // ---------------------------------------------------------------------------------------------
  plain('b67a_holded_api_key', 'holded', AL.hex, 32, 'https://developers.holded.com/reference/api-key (API key generated in Settings > Developers, sent in the "key" request header; 32 hexadecimal characters)');
  const FACTORIAL_DOC = 'https://apidoc.factorialhr.com/docs/authentication (API keys created by an admin in Settings > API keys, sent as x-api-key; OAuth 2.0 applications have a client id and a client secret)';
  plain('b67a_factorial_api_key', 'factorial', AL.hex, 64, FACTORIAL_DOC);
  plain('b67a_factorial_client_secret', 'factorial', AL.b64url, 43, FACTORIAL_DOC);

  // ---------------------------------------------------------------------------------------------
  // Portugal: SIBS Gateway (Bearer token from the SIBS Backoffice + X-IBM-Client-Id), ifthenpay (Backoffice
  // key, MB WAY / Gateway keys, merchant-chosen anti-phishing key), easypay (AccountId + ApiKey, both UUIDs),
  // Moloni (OAuth: developer id, client secret, access/refresh tokens), InvoiceXpress (api_key query param)
  // ---------------------------------------------------------------------------------------------
  const SIBS_DOC = 'https://developer.sibsgateway.com/reference/authentication (every call carries Authorization: Bearer <token> generated in the SIBS Backoffice and X-IBM-Client-Id <client id>; the token is an opaque hex id, a dot and a base64 payload)';
  def('b67a_sibs_bearer_token', 'sibs', true, SIBS_DOC, (r) => `${r.hex(34)}.${b64(`{"e":"${r.digits(13)}","role":"MERCHANT_ADMIN","tid":"${r.digits(5)}","v":"${r.hex(16)}"}`).replace(/=+$/, '')}`);
  def('b67a_sibs_client_id', 'none', false, `${SIBS_DOC}; X-IBM-Client-Id identifies the application`, (r) => uuid(r));
  const IFTHEN_DOC = 'https://ifthenpay.com/docs/en/ (Backoffice key 0000-0000-0000-0000; MB WAY key and Gateway key AAA-000000 / AAAA-000000 assigned to the merchant; the anti-phishing key is chosen by the merchant and validates callbacks)';
  def('b67a_ifthenpay_backoffice_key', 'ifthenpay', true, IFTHEN_DOC, (r) => [0, 1, 2, 3].map(() => r.str(AL.digit, 4)).join('-'));
  def('b67a_ifthenpay_mbway_key', 'ifthenpay', true, IFTHEN_DOC, (r) => `${r.str(AL.upper, 3)}-${r.str(AL.digit, 6)}`);
  def('b67a_ifthenpay_gateway_key', 'ifthenpay', true, IFTHEN_DOC, (r) => `${r.str(AL.upper, 4)}-${r.str(AL.digit, 6)}`);
  plain('b67a_ifthenpay_antiphishing_key', 'ifthenpay', AL.b62, 50, IFTHEN_DOC);
  const EASYPAY_DOC = 'https://docs.easypay.pt/docs/authentication (AccountId and ApiKey headers, both UUIDs generated in Webservices > Configuração API 2.0 > Chaves)';
  def('b67a_easypay_api_key', 'easypay', true, EASYPAY_DOC, (r) => uuid(r));
  def('b67a_easypay_account_id', 'none', false, `${EASYPAY_DOC}; the AccountId names the account, the ApiKey authenticates it`, (r) => uuid(r));
  const MOLONI_DOC = 'https://www.moloni.pt/dev/autenticacao (developer id + client secret of the API account; /grant/ returns access_token and refresh_token, 40 hexadecimal characters each; access valid 1 hour, refresh 14 days)';
  plain('b67a_moloni_client_secret', 'moloni', AL.hex, 40, MOLONI_DOC);
  plain('b67a_moloni_access_token', 'moloni', AL.hex, 40, MOLONI_DOC);
  plain('b67a_moloni_refresh_token', 'moloni', AL.hex, 40, MOLONI_DOC);
  plain('b67a_invoicexpress_api_key', 'invoicexpress', AL.hex, 40, 'https://invoicexpress.com/api-v2/authentication (account_name subdomain plus api_key query parameter; the key is shown in Account > API and grants full access)');
  def('b67a_ctt_authentication_id', 'ctt', true, 'https://www.ctt.pt/empresas/ecommerce-e-logistica/ (CTT Expresso shipping web service: ClientId, ContractId and AuthenticationId; the AuthenticationId is a GUID that authenticates the contract)', (r) => uuid(r).toUpperCase());

  // ---------------------------------------------------------------------------------------------
  // Italy: Nexi XPay (alias + "chiave segreta" MAC key for the hosted page; X-Api-Key UUID for the REST
  // API), Satispay GBusiness KeyId (public, the RSA private key is the secret), pagoPA platform subscription
  // keys (Azure API Management Ocp-Apim-Subscription-Key, 32 hex), BRT and Poste Italiane courier APIs
  // ---------------------------------------------------------------------------------------------
  const XPAY_DOC = 'https://developer.nexi.it/it/altro/codici-di-configurazione (alias and chiave segreta from the XPay back office: mac = SHA1/HMAC over the request fields and the secret key; the REST API uses an X-Api-Key UUID)';
  def('b67a_nexi_alias', 'none', false, `${XPAY_DOC}; the alias is posted in the payment form`, (r) => `ALIAS_WEB_${r.str(AL.digit, 8)}`);
  plain('b67a_nexi_mac_key', 'nexi', AL.upperAlnum, 32, XPAY_DOC);
  def('b67a_nexi_xpay_api_key', 'nexi', true, XPAY_DOC, (r) => uuid(r));
  def('b67a_satispay_key_id', 'none', false, 'https://developers.satispay.com/reference/keyid (KeyId returned by /g_business/v1/authentication_keys for the uploaded public key; it only names the key, requests are signed with the RSA private key)', (r) => r.str(AL.lowerAlnum, 80));
  plain('b67a_pagopa_subscription_key', 'pagopa', AL.hex, 32, 'https://docs.pagopa.it/sanp/ (pagoPA platform APIs behind Azure API Management: Ocp-Apim-Subscription-Key, 32 hex, from the developer portal / Area Riservata)');
  plain('b67a_aade_mydata_subscription_key', 'aade', AL.hex, 32, 'https://www.aade.gr/sites/default/files/2023-10/myDATA%20API%20Documentation_v1.0.7_eng.pdf (REST calls carry aade-user-id and Ocp-Apim-Subscription-Key, a 32-hex key issued on myDATA registration)');
  plain('b67a_poste_client_secret', 'poste-italiane', AL.b64url, 40, 'https://www.poste.it/business (Poste Delivery Business / PosteWeb API: OAuth client credentials, client_id and client_secret issued with the contract)');
  plain('b67a_seur_client_secret', 'seur', AL.b62, 32, 'https://developer.seur.com/ (SEUR API: OAuth2 client credentials grant with client_id, client_secret, username and password of the SEUR account)');

  // ---------------------------------------------------------------------------------------------
  // Greece and Malta: Viva (Merchant ID UUID + short API Key for Basic auth; Smart Checkout OAuth client id
  // <id>.apps.vivapayments.com and client secret), Everypay (sk_/pk_ keys), OPPWA-based acquirers used by Maltese
  // PSPs (Bearer access token = base64 of user id "|" password; entityId is an identifier)
  // ---------------------------------------------------------------------------------------------
  const VIVA_DOC = 'https://developer.viva.com/getting-started/find-your-account-credentials/ (Merchant ID, a UUID, and API Key for Basic auth; Smart Checkout client id ending .apps.vivapayments.com and client secret for OAuth 2.0)';
  def('b67a_viva_merchant_id', 'none', false, `${VIVA_DOC}; the Merchant ID identifies the account`, (r) => uuid(r));
  def('b67a_viva_api_key', 'viva', true, VIVA_DOC, (r) => r.str(`${AL.b62}{}[]_-+=!`, 22));
  def('b67a_viva_client_id', 'none', false, `${VIVA_DOC}; the client id is public`, (r) => `${r.str(AL.lowerAlnum, 33)}.apps.vivapayments.com`);
  plain('b67a_viva_client_secret', 'viva', AL.b62, 30, VIVA_DOC);
  const EVERYPAY_DOC = 'https://docs.everypay.gr/api/authentication (secret keys sk_..., used as the Basic-auth username on the server; public keys pk_... embedded in the payform)';
  def('b67a_everypay_secret_key', 'everypay', true, EVERYPAY_DOC, (r) => `sk_${r.str(AL.b62, 30)}`);
  def('b67a_everypay_public_key', 'none', false, `${EVERYPAY_DOC}; the public key ships in the page`, (r) => `pk_${r.str(AL.b62, 30)}`);
  const OPPWA_DOC = 'https://axepta.docs.oppwa.com/integrations/server-to-server#authentication (Authorization: Bearer <access token>; entityId identifies the channel; tokens issued as base64 of a 32-hex user id, "|" and a password)';
  def('b67a_oppwa_access_token', 'oppwa', true, OPPWA_DOC, (r) => b64(`${r.hex(32)}|${r.str(AL.b62 + '#?=!', 10)}`));
  def('b67a_oppwa_entity_id', 'none', false, `${OPPWA_DOC}; the entityId is an identifier`, (r) => r.hex(32));
  // ---------------------------------------------------------------------------------------------
  // PrestaShop (Spanish shops run it with the Redsys module): app/config/parameters.php keys
  // ---------------------------------------------------------------------------------------------
  const PS_DOC = 'https://devdocs.prestashop-project.org/8/development/configuration/configuration-files/ (app/config/parameters.php: secret and cookie_key, 56 alphanumerics each, cookie_iv 8, new_cookie_key a Defuse ASCII-safe key "def00000" + hex; together they decrypt customer cookies and forge employee sessions)';
  plain('b67a_prestashop_cookie_key', 'prestashop', AL.b62, 56, PS_DOC);
  def('b67a_prestashop_new_cookie_key', 'prestashop', true, PS_DOC, (r) => `def00000${r.hex(128)}`);
};
