'use strict';
/** Generators added with batch59-c: each with the URL of the documentation it follows. */
const { AL, b64, uuid, jwt, epoch, pem, pkcs8Rsa } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Allegro REST API: an application has a Client ID (32 hex, sent in the authorize URL: public) and a
  // Client Secret (64 alphanumerics); access and refresh tokens are RS256 JWTs (12 h / 3 months)
  // ---------------------------------------------------------------------------------------------
  const ALLEGRO_DOC = 'https://developer.allegro.pl/tutorials/uwierzytelnianie-i-autoryzacja-zlq9e75GdIR (Client ID and Client Secret of an application registered at apps.developer.allegro.pl; access_token and refresh_token are JWTs)';
  def('b59c_allegro_client_id', 'none', false, `${ALLEGRO_DOC}; the client id is part of the authorize URL shown to every user`, (r) => r.hex(32));
  plain('b59c_allegro_client_secret', 'allegro', AL.b62, 64, ALLEGRO_DOC);
  const allegroJwt = (r, ati) => jwt(r, { alg: 'RS256', typ: 'JWT' }, {
    user_name: String(r.digits(8)), scope: ['allegro:api:orders:read', 'allegro:api:sale:offers:write'],
    allegro_api: true, iss: 'https://allegro.pl', exp: epoch(r) + 43200, jti: uuid(r), client_id: r.hex(32), ...(ati ? { ati: uuid(r) } : {}),
  }, 256);
  def('b59c_allegro_access_token', 'allegro', true, ALLEGRO_DOC, (r) => allegroJwt(r, false));
  def('b59c_allegro_refresh_token', 'allegro', true, ALLEGRO_DOC, (r) => allegroJwt(r, true));

  // ---------------------------------------------------------------------------------------------
  // PayU (Poland): POS id (= OAuth client_id, digits), OAuth client_secret (32 hex) and the "second key"
  // (MD5 key, 32 hex) that signs notifications (OpenPayu-Signature)
  // ---------------------------------------------------------------------------------------------
  const PAYU_DOC = 'https://developers.payu.com/europe/docs/get-started/integration-overview/references/ (POS configuration keys: pos_id, second key (MD5), OAuth protocol client_id and client_secret; client_secret and second key are 32 hex)';
  def('b59c_payu_pos_id', 'none', false, `${PAYU_DOC}; the POS id / client_id is an identifier`, (r) => r.digits(r.pick([6, 7])));
  plain('b59c_payu_client_secret', 'payu', AL.hex, 32, PAYU_DOC);
  plain('b59c_payu_second_key', 'payu', AL.hex, 32, PAYU_DOC);

  // ---------------------------------------------------------------------------------------------
  // Przelewy24: merchantId/posId (digits), CRC key (16 hex, signs sign= SHA-384 payloads) and the REST API
  // key ("klucz do raportów", 32 hex) used as the Basic auth password with posId as user
  // ---------------------------------------------------------------------------------------------
  const P24_DOC = 'https://developers.przelewy24.pl/index.php?en#section/Authorization (Basic auth: posId as user, API key (reports key) as password; CRC key for the sign field; both in the merchant panel under My data > API configuration)';
  plain('b59c_p24_crc_key', 'przelewy24', AL.hex, 16, P24_DOC);
  plain('b59c_p24_api_key', 'przelewy24', AL.hex, 32, P24_DOC);

  // ---------------------------------------------------------------------------------------------
  // Tpay OpenAPI: client_id ("<merchant id>-<hex>") and client_secret (40 hex) for /oauth/auth;
  // merchant security code (notification md5sum key) set in the panel
  // ---------------------------------------------------------------------------------------------
  const TPAY_DOC = 'https://docs-api.tpay.com/en/authorization (client_id and client_secret generated in Merchant Panel > Integration > API, exchanged at /oauth/auth for a bearer token)';
  def('b59c_tpay_client_id', 'none', false, `${TPAY_DOC}; the client id names the merchant's API key and is useless without the secret`, (r) => `${r.digits(5)}-${r.hex(16)}`);
  plain('b59c_tpay_client_secret', 'tpay', AL.hex, 40, TPAY_DOC);
  plain('b59c_tpay_security_code', 'tpay', AL.b62, 16, 'https://docs.tpay.com/#!/Tpay/tpay_notifications (md5sum = md5(id + tr_id + tr_amount + tr_crc + security code); the merchant security code is set in the panel)');

  // ---------------------------------------------------------------------------------------------
  // InPost ShipX API: organization token (a long RS256 JWT, Authorization: Bearer); the Geowidget token is a
  // separate JWT meant for the browser map (domain-bound, public)
  // ---------------------------------------------------------------------------------------------
  const INPOST_DOC = 'https://dokumentacja-inpost.atlassian.net/wiki/spaces/PL/pages/11731062/1.6.0+Autoryzacja (ShipX token generated in the Manager Paczek: Moje konto > API; sent as Authorization: Bearer; a JWT)';
  def('b59c_inpost_shipx_token', 'inpost', true, INPOST_DOC, (r) => jwt(r, { alg: 'RS256', typ: 'JWT', kid: r.str(AL.b64url, 43) },
    { exp: epoch(r) + 86400 * 3650, iat: epoch(r), jti: uuid(r), iss: 'https://login.inpost.pl/auth/realms/external', sub: uuid(r), typ: 'Bearer', azp: 'shipx', session_state: uuid(r), scope: 'openid api:apipoints api:shipx', allowed_refresh_tokens: true, guid: uuid(r) }, 256));
  def('b59c_inpost_geowidget_token', 'none', false, 'https://dokumentacja-inpost.atlassian.net/wiki/spaces/PL/pages/50069505/Geowidget+v5 (Geowidget token: generated per domain for the public map widget embedded in the shop page)',
    (r) => jwt(r, { alg: 'RS256', typ: 'JWT', kid: r.str(AL.b64url, 43) }, { exp: epoch(r) + 86400 * 3650, iat: epoch(r), jti: uuid(r), iss: 'https://login.inpost.pl/auth/realms/external', sub: uuid(r), typ: 'Bearer', azp: 'inpost-mobile', aud: 'geowidget', allowed_origins: ['https://sklep.example.pl'] }, 256));

  // ---------------------------------------------------------------------------------------------
  // KSeF 2.0 (Krajowy System e-Faktur): token KSeF = "<reference number>|nip-<NIP>|<secret>"; the KSeF invoice
  // number NIP-YYYYMMDD-12 hex-CRC8 is an identifier printed on invoices
  // ---------------------------------------------------------------------------------------------
  const KSEF_DOC = 'https://github.com/CIRFMF/ksef-docs/blob/main/tokeny-ksef.md (Token KSeF: a confidential secret generated once in MCU or via POST /tokens; stored as <referenceNumber>|nip-<NIP>|<secret>)';
  const ymd = (r) => `20${r.range(25, 26)}${String(r.range(1, 12)).padStart(2, '0')}${String(r.range(1, 28)).padStart(2, '0')}`;
  def('b59c_ksef_token', 'ksef', true, KSEF_DOC, (r) => `${ymd(r)}-EC-${r.str(AL.HEX, 10)}-${r.str(AL.HEX, 10)}-${r.str(AL.HEX, 2)}|nip-${r.digits(10)}|${r.hex(64)}`);
  def('b59c_ksef_number', 'none', false, 'https://github.com/CIRFMF/ksef-docs/blob/main/faktury/numer-ksef.md (numer KSeF: NIP-RRRRMMDD-12 hex-CRC-8; an invoice identifier)',
    (r) => `${r.digits(10)}-${ymd(r)}-${r.str(AL.HEX, 12)}-${r.str(AL.HEX, 2)}`);

  // ---------------------------------------------------------------------------------------------
  // iyzico: apiKey + secretKey pair (HMAC IYZWSv2 auth); sandbox credentials start "sandbox-"
  // ---------------------------------------------------------------------------------------------
  const IYZ_DOC = 'https://docs.iyzico.com/en/getting-started/preliminaries/live-vs-sandbox (apiKey and secretKey; sandbox credentials come with the "sandbox-" prefix; live keys are 32 alphanumerics)';
  const iyz = (r, seed) => `${/^sandbox/.test(String(seed)) ? 'sandbox-' : ''}${r.str(AL.b62, 32)}`;
  def('b59c_iyzico_api_key', 'iyzico', true, `${IYZ_DOC}; the key half of the credential pair, like an AWS access key id`, iyz);
  def('b59c_iyzico_secret_key', 'iyzico', true, IYZ_DOC, iyz);

  // ---------------------------------------------------------------------------------------------
  // PayTR: merchant_id (digits), merchant_key and merchant_salt (16 characters each) that build paytr_token
  // ---------------------------------------------------------------------------------------------
  const PAYTR_DOC = 'https://dev.paytr.com/en/iframe-api/iframe-api-1-adim (merchant_id, merchant_key and merchant_salt from the PayTR merchant panel > Bilgi; key and salt HMAC-SHA256 the paytr_token)';
  plain('b59c_paytr_merchant_key', 'paytr', AL.b62, 16, PAYTR_DOC);
  plain('b59c_paytr_merchant_salt', 'paytr', AL.b62, 16, PAYTR_DOC);

  // ---------------------------------------------------------------------------------------------
  // Papara Merchant API: ApiKey header, a base64 string issued in the merchant panel
  // ---------------------------------------------------------------------------------------------
  def('b59c_papara_api_key', 'papara', true, 'https://merchant-api.papara.com/ (Authentication: ApiKey request header with the API key from Papara merchant panel > Ayarlar > API Bilgileri; keys read as base64 of 64 bytes)',
    (r) => b64(r.bytes(64)));

  // ---------------------------------------------------------------------------------------------
  // Trendyol Marketplace: supplierId (sellerId, digits), API Key and API Secret (20 alphanumerics each) sent
  // as HTTP Basic; Hepsiburada: merchantId (UUID) with a service secret key, also Basic
  // ---------------------------------------------------------------------------------------------
  const TY_DOC = 'https://developers.trendyol.com/docs/authorization (Basic authentication with API Key and API Secret from Hesap Bilgilerim > Entegrasyon Bilgileri; User-Agent must carry the supplierId)';
  plain('b59c_trendyol_api_key', 'trendyol', AL.b62, 20, TY_DOC);
  plain('b59c_trendyol_api_secret', 'trendyol', AL.b62, 20, TY_DOC);
  def('b59c_trendyol_basic', 'trendyol', true, TY_DOC, (r) => b64(`${r.str(AL.b62, 20)}:${r.str(AL.b62, 20)}`));
  def('b59c_trendyol_supplier_id', 'none', false, `${TY_DOC}; the supplier (seller) id is shown on the storefront`, (r) => r.digits(6));
  const HB_DOC = 'https://developers.hepsiburada.com/hepsiburada/reference/kimlik-dogrulama (Basic auth: merchantId (UUID) as user name and the service key (servis anahtarı) from Merchant Portal > Entegrasyon as password)';
  def('b59c_hepsiburada_merchant_id', 'none', false, `${HB_DOC}; the merchant id is an identifier`, (r) => uuid(r));
  plain('b59c_hepsiburada_service_key', 'hepsiburada', AL.b62, 32, HB_DOC);

  // ---------------------------------------------------------------------------------------------
  // Yandex Cloud: IAM tokens (t1. + base64url payload and signature, 12 h), OAuth tokens of Yandex ID
  // (y0_ + base64url), static access keys for Object Storage (key id YCAJ..., secret YC...), authorized keys
  // (key.json with a PEM private key, first line "PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID <id>")
  // ---------------------------------------------------------------------------------------------
  def('b59c_yandex_iam_token', 'yandex', true, 'https://yandex.cloud/en/docs/iam/concepts/authorization/iam-token (IAM token: t1. followed by base64url parts, valid up to 12 hours)',
    (r) => `t1.9euelZ${r.str(AL.b64url, 140)}.${r.str(AL.b64url, 86)}`);
  def('b59c_yandex_oauth_token', 'yandex', true, 'https://yandex.cloud/en/docs/iam/concepts/authorization/oauth-token (OAuth token of a Yandex account, y0_ prefix, exchanged for IAM tokens; valid one year)',
    (r) => `y0_${r.pick(['AgAAAAA', 'AgAEA7qh'])}${r.str(AL.b64url, 51)}`);
  const YC_KEY_DOC = 'https://yandex.cloud/en/docs/iam/concepts/authorization/access-key (static access key: key ID (YCAJ...) and secret key (YC...), AWS-compatible, for Object Storage, Message Queue, YDB)';
  def('b59c_yandex_static_key_id', 'yandex', true, YC_KEY_DOC, (r) => `YCAJE${r.str(AL.b62 + '_-', 20)}`);
  def('b59c_yandex_static_secret', 'yandex', true, YC_KEY_DOC, (r) => `YC${r.str(AL.b62 + '_-', 38)}`);
  const ycId = (r) => `aje${r.str(AL.lowerAlnum, 17)}`;
  def('b59c_yandex_resource_id', 'none', false, 'https://yandex.cloud/en/docs/api-design-guide/concepts/resources-identification (resource ids: 3-character prefix + 17 characters, e.g. b1g... clouds, aje... service accounts; identifiers)',
    (r, seed) => `${/^b1g|^b1/.test(String(seed)) ? 'b1g' : r.pick(['aje', 'ajf', 'b1g'])}${r.str(AL.lowerAlnum, 17)}`);
  def('b59c_yandex_sa_private_key_json', 'yandex', true, 'https://yandex.cloud/en/docs/iam/concepts/authorization/key (authorized key key.json: id, service_account_id, public_key and private_key, the PEM prefixed by "PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID <id>"; JSON-escaped, single line)',
    (r) => `PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID <${ycId(r)}>\\n${pem('PRIVATE KEY', pkcs8Rsa(r)).replace(/\n/g, '\\n')}\\n`);
  def('b59c_yandex_maps_js_key', 'none', false, 'https://yandex.com/dev/jsapi30/doc/en/#get-api-key (JavaScript API key: a UUID passed in the script URL of every page, restricted by HTTP Referer in the developer console)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // VK: user/community access tokens vk1.a.<base64url> (new format since 2022); Callback API secret key
  // ---------------------------------------------------------------------------------------------
  def('b59c_vk_access_token', 'vk', true, 'https://dev.vk.com/ru/api/access-token/getting-started (access_token of a user or a community, new format vk1.a. followed by a long base64url string)',
    (r) => `vk1.a.${r.str(AL.b64url, 214)}`);
  plain('b59c_vk_callback_secret', 'vk', AL.b62, 24, 'https://dev.vk.com/ru/api/callback/getting-started (Callback API secret key: a string chosen in the community settings and sent in every event as "secret")');
  def('b59c_vk_confirmation_code', 'none', false, 'https://dev.vk.com/ru/api/callback/getting-started (confirmation string the server returns once to prove it owns the URL; 8 hex, shown to all community admins)', (r) => r.hex(8));

  // ---------------------------------------------------------------------------------------------
  // Ozon Seller API: Client-Id (digits, public) + Api-Key (UUID); Wildberries API token (ES256 JWT)
  // ---------------------------------------------------------------------------------------------
  const OZON_DOC = 'https://docs.ozon.ru/api/seller/#section/Kak-poluchit-dostup-k-Seller-API (Client-Id and Api-Key headers; the API key is generated in Настройки > API ключи and shown as a UUID)';
  def('b59c_ozon_client_id', 'none', false, `${OZON_DOC}; the Client-Id is the seller's account number`, (r) => r.digits(r.pick([6, 7])));
  def('b59c_ozon_api_key', 'ozon', true, OZON_DOC, (r) => uuid(r));
  def('b59c_wb_api_token', 'wildberries', true, 'https://dev.wildberries.ru/en/openapi/api-information#tag/Authorization (API token created in Settings > API access, sent in the Authorization header; an ES256 JWT whose payload carries the access categories)',
    (r) => jwt(r, { alg: 'ES256', kid: `2025${r.digits(5)}v1`, typ: 'JWT' }, { ent: 1, exp: epoch(r) + 86400 * 180, id: uuid(r), iid: r.digits(8), oid: r.digits(7), s: r.pick([1073756190, 7934, 1073741822]), sid: uuid(r), t: false, uid: r.digits(8) }, 64));

  // ---------------------------------------------------------------------------------------------
  // Ukrainian banks and carriers: monobank personal X-Token (44 characters, starts with u), monobank acquiring
  // X-Token, PrivatBank Autoclient id + token, Nova Poshta apiKey (32 hex)
  // ---------------------------------------------------------------------------------------------
  def('b59c_monobank_token', 'monobank', true, 'https://api.monobank.ua/docs/ (X-Token: personal token obtained at api.monobank.ua after authorising in the app; 44 URL-safe characters)',
    (r) => `u${r.str(AL.b64url, 43)}`);
  def('b59c_monobank_acquiring_token', 'monobank', true, 'https://api.monobank.ua/docs/acquiring.html (X-Token of a merchant, from the web cabinet web.monobank.ua; same 44-character shape)',
    (r) => `m${r.str(AL.b64url, 43)}`);
  const PRIVAT_DOC = 'https://api.privatbank.ua/#p24/main (Autoclient API for business: headers id and token issued in Privat24 for Business > Integration (Autoclient); token kept secret)';
  def('b59c_privat_autoclient_id', 'none', false, `${PRIVAT_DOC}; the id names the autoclient`, (r) => uuid(r));
  plain('b59c_privat_autoclient_token', 'privatbank', AL.b62, 64, PRIVAT_DOC);
  plain('b59c_novaposhta_api_key', 'novaposhta', AL.hex, 32, 'https://developers.novaposhta.ua/documentation (apiKey in every JSON request body; generated in the business cabinet under Налаштування > Безпека; 32 hex)');

  // ---------------------------------------------------------------------------------------------
  // Czech: Fio banka API token (64 characters, read or read-write), Comgate merchant + secret
  // ---------------------------------------------------------------------------------------------
  plain('b59c_fio_token', 'fio', AL.b62, 64, 'https://www.fio.cz/docs/cz/API_Bankovnictvi.pdf (token: 64 znaků, generated in internetbanking Nastavení > API; part of every URL /ib_api/rest/periods/{token}/...)');
  const COMGATE_DOC = 'https://apidoc.comgate.cz/en/api/rest/ (merchant: e-shop identifier; secret: password of the connection, 32 characters, from Integration > Shop connection settings)';
  def('b59c_comgate_merchant', 'none', false, `${COMGATE_DOC}; the merchant id is printed in the payment gateway URL`, (r) => r.digits(6));
  plain('b59c_comgate_secret', 'comgate', AL.b62, 32, COMGATE_DOC);

  // ---------------------------------------------------------------------------------------------
  // Romania: ANAF e-Factura OAuth (client id public, client secret, access tokens are JWTs valid 90 days);
  // NETOPIA Payments v2 API key and POS signature (public identifier XXXX-XXXX-XXXX-XXXX-XXXX)
  // ---------------------------------------------------------------------------------------------
  const ANAF_DOC = 'https://static.anaf.ro/static/10/Anaf/Informatii_R/API/Oauth_procedura_inregistrare_aplicatii_portal_ANAF.pdf (OAuth app registered in the ANAF portal: client ID and client secret, tokens issued at logincert.anaf.ro/anaf-oauth2/v1/token; access token JWT valid 90 days, refresh 365 days)';
  def('b59c_anaf_client_id', 'none', false, `${ANAF_DOC}; the client id is in the authorize URL`, (r) => r.hex(48));
  plain('b59c_anaf_client_secret', 'anaf', AL.hex, 64, ANAF_DOC);
  def('b59c_anaf_access_token', 'anaf', true, ANAF_DOC, (r) => jwt(r, { alg: 'RS512', typ: 'JWT' },
    { sub: `${r.digits(13)}`, token_type: 'Bearer', iss: 'logincert.anaf.ro', aud: [r.hex(48)], nbf: epoch(r), scope: 'clientappid issuer role certserial', exp: epoch(r) + 7776000, iat: epoch(r), jti: uuid(r) }, 256));
  const NETOPIA_DOC = 'https://doc.netopia-payments.com/docs/payment-api/v2.x/intro (Authorization header carries the API key generated in admin.netopia-payments.com > Profile > Security; posSignature XXXX-XXXX-XXXX-XXXX-XXXX identifies the point of sale)';
  plain('b59c_netopia_api_key', 'netopia', AL.b64url, 88, NETOPIA_DOC);
  def('b59c_netopia_pos_signature', 'none', false, `${NETOPIA_DOC}; the signature is an identifier sent in every order body and in mobilPay form posts`, (r) => [0, 1, 2, 3, 4].map(() => r.str(AL.upperAlnum, 4)).join('-'));

  // ---------------------------------------------------------------------------------------------
  // DPD Polska web services and Turkish e-Fatura special integrators: login + machine password issued by the
  // provider (DPD: masterFid + login; integrators such as Uyumsoft, İzibiz, QNB eFinans issue WS users)
  // ---------------------------------------------------------------------------------------------
  plain('b59c_dpd_ws_password', 'dpd', `${AL.b62}!#`, 14, 'https://www.dpd.com.pl/dpd-services-ws (DPDServices: authDataV1 {login, password, masterFid} issued by DPD Polska on signing the contract)');
  plain('b59c_efatura_ws_password', 'efatura', `${AL.b62}*.`, 12, 'https://www.efatura.gov.tr/ozelentegrator.html (special integrators give each taxpayer a web-service user and password for SendInvoice / GetInvoice SOAP calls)');
  // ---------------------------------------------------------------------------------------------
  // OLX Partner API (olx.pl, olx.ua, olx.ro, ...): numeric client_id, client_secret (48 alphanumerics) and
  // OAuth access/refresh tokens (40 hex), per country site
  // ---------------------------------------------------------------------------------------------
  const OLX_DOC = 'https://developer.olx.pl/docs/getting-access-to-api (an approved app gets a client ID and a client secret; https://developer.olx.pl/artykuly/authorization-in-api: access_token and refresh_token kept by the Application only)';
  def('b59c_olx_client_id', 'none', false, `${OLX_DOC}; the client id is numeric and appears in the authorize URL`, (r) => r.digits(6));
  plain('b59c_olx_client_secret', 'olx', AL.b62, 48, OLX_DOC);
  plain('b59c_olx_access_token', 'olx', AL.hex, 40, OLX_DOC);
  plain('b59c_olx_refresh_token', 'olx', AL.hex, 40, OLX_DOC);
};
