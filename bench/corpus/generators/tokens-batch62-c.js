'use strict';
/** Generators added with batch62-c: each with the URL of the documentation it follows. */
const { AL, b64, b64url, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Omise / Opn Payments (Thailand, Japan, Singapore): pkey_[test_]... public key (token creation only, "safe to
  // store on a web page"), skey_[test_]... secret key (HTTP Basic username); the documented examples read
  // skey_test_ + 19 lower-case alphanumerics
  // ---------------------------------------------------------------------------------------------
  const OMISE_DOC = 'https://docs.omise.co/api-authentication (pkey_test_/pkey_ public keys, skey_test_/skey_ secret keys; secret key is the Basic-auth username; example skey_test_4xs68olyuul9lmmp375)';
  const omiseTest = (seed) => /test/.test(String(seed));
  def('b62c_omise_secret_key', 'omise', true, OMISE_DOC, (r, seed) => `skey_${omiseTest(seed) ? 'test_' : ''}${r.str(AL.lowerAlnum, 19)}`);
  def('b62c_omise_public_key', 'none', false, `${OMISE_DOC}; the public key can only create tokens and sources`,
    (r, seed) => `pkey_${omiseTest(seed) ? 'test_' : ''}${r.str(AL.lowerAlnum, 19)}`);

  // ---------------------------------------------------------------------------------------------
  // PayMongo (Philippines): pk_test_/pk_live_ public keys ("safe to expose"), sk_test_/sk_live_ secret keys,
  // webhook secret_key whsk_... returned when a webhook is created (HMAC key of the Paymongo-Signature header)
  // ---------------------------------------------------------------------------------------------
  const PAYMONGO_DOC = 'https://developers.paymongo.com/docs/account-settings-api-keys (pk_test_/pk_live_ public keys, sk_test_/sk_live_ secret keys, Basic auth with the secret key as username)';
  const pmMode = (seed) => (/test/.test(String(seed)) ? 'test' : 'live');
  def('b62c_paymongo_secret_key', 'paymongo', true, PAYMONGO_DOC, (r, seed) => `sk_${pmMode(seed)}_${r.str(AL.b62, 24)}`);
  def('b62c_paymongo_public_key', 'none', false, `${PAYMONGO_DOC}; public keys are safe to expose in web and mobile code`,
    (r, seed) => `pk_${pmMode(seed)}_${r.str(AL.b62, 24)}`);
  def('b62c_paymongo_webhook_secret', 'paymongo', true, 'https://developers.paymongo.com/docs/securing-a-webhook (the webhook resource returns secret_key whsk_..., the HMAC-SHA256 key of the Paymongo-Signature header)',
    (r) => `whsk_${r.str(AL.b62, 24)}`);

  // ---------------------------------------------------------------------------------------------
  // Maya (PayMaya) Checkout / Vault / Pay with Maya: Public Key pk-... and Secret Key sk-..., Basic auth with the key
  // as username; public key used client-side for checkout creation, secret key for server calls
  // ---------------------------------------------------------------------------------------------
  const MAYA_DOC = 'https://developers.maya.ph/reference/how-api-authentication-works-in-maya-checkout (API Keys: Public Key pk-... and Secret Key sk-..., 43 alphanumerics after the dash in the sandbox keys)';
  def('b62c_maya_secret_key', 'maya', true, MAYA_DOC, (r) => `sk-${r.str(AL.b62, 43)}`);
  def('b62c_maya_public_key', 'none', false, `${MAYA_DOC}; the public key is meant for client-side calls`, (r) => `pk-${r.str(AL.b62, 43)}`);

  // ---------------------------------------------------------------------------------------------
  // DOKU (Indonesia): Client ID BRN-0239-1736742088036 (identifier, sent as Client-Id / X-PARTNER-ID), Secret Key
  // (HMAC-SHA256 key of the Signature header, revealed after an OTP in the dashboard)
  // ---------------------------------------------------------------------------------------------
  const DOKU_DOC = 'https://docs.doku.com/get-started/manage-business/set-up-integration (Client ID e.g. BRN-0239-1736742088036; Secret Key shown after OTP, used for HMACSHA256 signatures; keys SK- + 20 alphanumerics)';
  def('b62c_doku_client_id', 'none', false, `${DOKU_DOC}; the client id travels in clear in every request header`,
    (r) => `BRN-0${r.str(AL.digit, 3)}-17${r.str(AL.digit, 11)}`);
  def('b62c_doku_secret_key', 'doku', true, DOKU_DOC, (r) => `SK-${r.str(AL.b62, 20)}`);

  // ---------------------------------------------------------------------------------------------
  // Flip for Business (Indonesia): API Secret Key, Basic auth username with empty password; the keys the dashboard
  // issues are base64 of a bcrypt-style "$2y$13$..." string (they start JDJ5JDEz)
  // ---------------------------------------------------------------------------------------------
  def('b62c_flip_secret_key', 'flip', true, 'https://docs.flip.id/ (Authentication: Basic auth with the API Secret Key as username and an empty password; Test and Production keys under Settings > API Secret Key)',
    (r) => b64(`$2y$13$${r.str(AL.bcrypt, 53)}`));

  // ---------------------------------------------------------------------------------------------
  // Durianpay (Indonesia): dashboard API key dp_test_/dp_live_..., Basic auth on /v1/orders; the order access_token
  // handed to the checkout is per-order
  // ---------------------------------------------------------------------------------------------
  def('b62c_durianpay_secret_key', 'durianpay', true, 'https://durianpay.id/docs/api/ (API key from Dashboard > Settings > API keys, dp_test_... / dp_live_..., used server-side with Basic auth)',
    (r, seed) => `dp_${/test/.test(String(seed)) ? 'test' : 'live'}_${r.str(AL.b62, 20)}`);

  // ---------------------------------------------------------------------------------------------
  // Xendit development-mode secret key (live keys are b40b_xendit_secret_key): xnd_development_ + base64 body;
  // it authenticates to the Xendit test environment and can create test transactions and read account data
  // ---------------------------------------------------------------------------------------------
  def('b62c_xendit_dev_secret_key', 'xendit', true, 'https://docs.xendit.co/docs/api-keys (secret keys xnd_development_... for test mode and xnd_production_... for live mode; Basic auth username)',
    (r) => `xnd_development_${b64(r.bytes(43))}`);

  // ---------------------------------------------------------------------------------------------
  // Midtrans merchant id (G + 9 digits): identifier shown next to the keys
  // ---------------------------------------------------------------------------------------------
  def('b62c_midtrans_merchant_id', 'none', false, 'https://docs.midtrans.com/docs/access-keys (Merchant ID G123456789 shown with the Client Key and Server Key; an identifier)', (r) => `G${r.digits(9)}`);

  // ---------------------------------------------------------------------------------------------
  // Shopee Open Platform v2: partner_id (public number in every URL), partner_key (HMAC-SHA256 key of sign),
  // shop access_token (4 h) and refresh_token (30 d)
  // ---------------------------------------------------------------------------------------------
  const SHOPEE_DOC = 'https://open.shopee.com/developer-guide/20 (partner_id and partner_key of the app; sign = HMAC-SHA256(partner_key, partner_id+path+timestamp+access_token+shop_id); access_token valid 4 hours, refresh_token 30 days)';
  def('b62c_shopee_partner_id', 'none', false, `${SHOPEE_DOC}; partner_id is sent in clear in every query string`, (r) => `${r.range(1, 2)}${r.str(AL.digit, 6)}`);
  def('b62c_shopee_partner_key', 'shopee', true, SHOPEE_DOC, (r) => `shpk${r.str(AL.b62, 60)}`);
  plain('b62c_shopee_access_token', 'shopee', AL.hex, 32, SHOPEE_DOC);
  plain('b62c_shopee_refresh_token', 'shopee', AL.hex, 32, SHOPEE_DOC);

  // ---------------------------------------------------------------------------------------------
  // Lazada Open Platform: app_key (6 digits, in every request), app_secret (HMAC-SHA256 signing key),
  // seller access_token 50000... (valid days) and refresh_token
  // ---------------------------------------------------------------------------------------------
  const LAZ_DOC = 'https://open.lazada.com/apps/doc/doc?nodeId=10450&docId=108068 (app_key and app_secret from App Console; sign = HMAC-SHA256 with app_secret; seller access_token/refresh_token from /auth/token/create, tokens start 50000)';
  def('b62c_lazada_app_key', 'none', false, `${LAZ_DOC}; app_key is a public parameter of every call`, (r) => `1${r.str(AL.digit, 5)}`);
  plain('b62c_lazada_app_secret', 'lazada', AL.b62, 32, LAZ_DOC);
  def('b62c_lazada_access_token', 'lazada', true, LAZ_DOC, (r) => `5000${r.str(AL.digit, 1)}${r.str(AL.lowerAlnum, 8)}${r.str(AL.b62, 46)}`);
  def('b62c_lazada_refresh_token', 'lazada', true, LAZ_DOC, (r) => `5000${r.str(AL.digit, 1)}${r.str(AL.lowerAlnum, 8)}${r.str(AL.b62, 46)}`);

  // ---------------------------------------------------------------------------------------------
  // TikTok Shop Partner Center: app_key (public), app_secret (HMAC-SHA256 sign key), shop access token
  // (x-tts-access-token header, ROW_/TTP_ prefixed)
  // ---------------------------------------------------------------------------------------------
  const TTS_DOC = 'https://partner.tiktokshop.com/docv2/page/64f199619495ef0281851fd0 (app_key and app_secret; sign = HMAC-SHA256 with app_secret; access_token sent as x-tts-access-token, valid 7 days)';
  def('b62c_tiktokshop_app_key', 'none', false, `${TTS_DOC}; app_key is a query parameter of every call`, (r) => r.str(AL.lowerAlnum, 13));
  plain('b62c_tiktokshop_app_secret', 'tiktok-shop', AL.hex, 40, TTS_DOC);
  def('b62c_tiktokshop_access_token', 'tiktok-shop', true, TTS_DOC, (r) => `ROW_${r.str(AL.b64url, 72)}`);

  // ---------------------------------------------------------------------------------------------
  // Tokopedia (TikTok Shop Indonesia) Open Platform: client_id / client_secret for client_credentials at
  // accounts.tokopedia.com/token; fs_id identifies the app
  // ---------------------------------------------------------------------------------------------
  const TOKO_DOC = 'https://developer.tokopedia.com/openapi/guide/#/authentication (client_id and client_secret, Basic auth to accounts.tokopedia.com/token?grant_type=client_credentials; fs_id = app id)';
  def('b62c_tokopedia_client_id', 'none', false, `${TOKO_DOC}; client id, an identifier`, (r) => r.hex(32));
  plain('b62c_tokopedia_client_secret', 'tokopedia', AL.hex, 32, TOKO_DOC);
  plain('b62c_tokopedia_access_token', 'tokopedia', AL.b64url, 43, `${TOKO_DOC}; the access_token returned is a bearer token valid for hours`);

  // ---------------------------------------------------------------------------------------------
  // VNPAY: vnp_TmnCode (8 alphanumerics, sent in the payment URL) and vnp_HashSecret (HMAC-SHA512 key of vnp_SecureHash)
  // ---------------------------------------------------------------------------------------------
  const VNPAY_DOC = 'https://sandbox.vnpayment.vn/apis/docs/huong-dan-tich-hop/ (vnp_TmnCode Alphanumeric[8] e.g. 2QXUI4J4, in the payment URL; vnp_HashSecret, the HMACSHA512 key of vnp_SecureHash, 32 upper-case letters in issued configs)';
  def('b62c_vnpay_tmn_code', 'none', false, `${VNPAY_DOC}; the terminal code is part of every payment URL`, (r) => r.str(AL.upperAlnum, 8));
  plain('b62c_vnpay_hash_secret', 'vnpay', AL.upper, 32, VNPAY_DOC);

  // ---------------------------------------------------------------------------------------------
  // MoMo Vietnam (payment.momo.vn v2): partnerCode (identifier), accessKey (sent in every request body and the
  // signed string), secretKey (HMAC-SHA256 key of signature)
  // ---------------------------------------------------------------------------------------------
  const MOMO_VN_DOC = 'https://developers.momo.vn/v3/docs/payment/onboarding/integration-process (partnerCode, accessKey, secretKey; signature = HMAC_SHA256(rawSignature, secretKey); accessKey is part of the request body)';
  def('b62c_momo_partner_code', 'none', false, `${MOMO_VN_DOC}; partner code identifies the merchant`, (r) => `MOMO${r.str(AL.upperAlnum, 8)}`);
  def('b62c_momo_access_key', 'none', false, `${MOMO_VN_DOC}; accessKey travels in clear in every request body, only secretKey signs`, (r) => r.str(AL.b62, 16));
  plain('b62c_momo_secret_key', 'momo', AL.b62, 32, MOMO_VN_DOC);

  // ---------------------------------------------------------------------------------------------
  // ZaloPay: app_id (number), key1 (mac key for requests), key2 (callback verification key); Zalo Official Account
  // API: app secret key and OA access/refresh tokens (access 25 h, refresh 3 months)
  // ---------------------------------------------------------------------------------------------
  const ZLP_DOC = 'https://docs.zalopay.vn/v2/start/ (app_id, key1 used to compute mac of requests, key2 used to verify callbacks; 32 alphanumerics)';
  def('b62c_zalopay_app_id', 'none', false, `${ZLP_DOC}; app id, an identifier`, (r) => String(r.range(2000, 99999)));
  plain('b62c_zalopay_key1', 'zalopay', AL.b62, 32, ZLP_DOC);
  plain('b62c_zalopay_key2', 'zalopay', AL.b62, 32, ZLP_DOC);
  const ZOA_DOC = 'https://developers.zalo.me/docs/official-account/bat-dau/xac-thuc-va-uy-quyen-cho-ung-dung-new (app_id, secret_key of the app; OA access_token valid 25 hours and refresh_token valid 3 months, sent as the access_token header)';
  def('b62c_zalo_app_id', 'none', false, `${ZOA_DOC}; app id, an identifier`, (r) => r.digits(19));
  plain('b62c_zalo_app_secret', 'zalo', AL.b62, 20, ZOA_DOC);
  def('b62c_zalo_oa_access_token', 'zalo', true, ZOA_DOC, (r) => r.str(AL.b64url, 280));
  def('b62c_zalo_oa_refresh_token', 'zalo', true, ZOA_DOC, (r) => r.str(AL.b64url, 240));

  // ---------------------------------------------------------------------------------------------
  // 2C2P PGW v4.3: merchantID inside the JWT payload, Secret Key = HS256 key of the request/response JWTs
  // ---------------------------------------------------------------------------------------------
  const C2P_DOC = 'https://developer.2c2p.com/docs/api-payment-token (request body is a JWT signed HS256 with the merchant Secret Key, 64 upper-case hex; merchantID in the payload)';
  def('b62c_2c2p_merchant_id', 'none', false, `${C2P_DOC}; merchant id, an identifier`, (r) => `${r.digits(9)}`);
  plain('b62c_2c2p_secret_key', '2c2p', AL.HEX, 64, C2P_DOC);

  // ---------------------------------------------------------------------------------------------
  // Ninja Van API: client_id / client_secret exchanged at /{cc}/2.0/oauth/access_token
  // ---------------------------------------------------------------------------------------------
  const NV_DOC = 'https://api-docs.ninjavan.co/en#section/Authentication (client_id and client_secret exchanged for a bearer access_token; issued as 32 hex each)';
  def('b62c_ninjavan_client_id', 'none', false, `${NV_DOC}; client id, an identifier`, (r) => r.hex(32));
  plain('b62c_ninjavan_client_secret', 'ninjavan', AL.hex, 32, NV_DOC);

  // ---------------------------------------------------------------------------------------------
  // J&T Express open platform: apiAccount (number) and privateKey (key of the digest header)
  // ---------------------------------------------------------------------------------------------
  const JNT_DOC = 'https://open.jtexpress.co.id/#/apiDoc/guide (apiAccount and privateKey from the open platform console; digest = base64(md5(body + privateKey)))';
  def('b62c_jnt_api_account', 'none', false, `${JNT_DOC}; apiAccount, sent in the request header`, (r) => r.digits(18));
  plain('b62c_jnt_private_key', 'jnt-express', AL.hex, 32, JNT_DOC);

  // ---------------------------------------------------------------------------------------------
  // GHN (Giao Hàng Nhanh) Token header (UUID v1 shape) with ShopId; GHTK Token header
  // ---------------------------------------------------------------------------------------------
  def('b62c_ghn_token', 'ghn', true, 'https://api.ghn.vn/home/docs/detail?id=100 (Token header, e.g. 3b75c988-ff34-11eb-b255-166e45bc1992, identifies the account for every API call)',
    (r) => `${r.hex(8)}-${r.hex(4)}-11${r.pick(['e', 'f'])}${r.hex(1)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`);
  def('b62c_ghn_shop_id', 'none', false, 'https://api.ghn.vn/home/docs/detail?id=58 (ShopId header, numeric store id)', (r) => r.digits(7));
  plain('b62c_ghtk_token', 'ghtk', AL.b62, 40, 'https://docs.giaohangtietkiem.vn/en/docs/submit-order/logistic-overview/ (API_TOKEN created in the customer website, sent as the Token header with X-Client-Source)');

  // ---------------------------------------------------------------------------------------------
  // GrabExpress / Grab API: OAuth client_id (public identifier); the secret is b58a_grab_client_secret
  // ---------------------------------------------------------------------------------------------
  def('b62c_grab_client_id', 'none', false, 'https://developer.grab.com/docs/grab-express/ (client_id and client_secret for client_credentials at partner-api.grab.com/grabid/v1/oauth2/token; client id identifies the app)', (r) => r.hex(32));

  // ---------------------------------------------------------------------------------------------
  // WhatsApp Business through local BSPs: 360dialog D360-API-KEY; Qontak (Mekari) OAuth access token
  // ---------------------------------------------------------------------------------------------
  plain('b62c_d360_api_key', '360dialog', AL.b62, 32, 'https://docs.360dialog.com/docs/get-started/sandbox-api (D360-API-KEY header; the key is generated per channel in the 360dialog Client Hub)');
  plain('b62c_qontak_access_token', 'qontak', AL.b64url, 43, 'https://docs.qontak.com/docs/omnichannel-hub/authentication (Bearer access_token from /oauth/token with username/password/client credentials; OAuth token)');

  // ---------------------------------------------------------------------------------------------
  // OVO (Indonesia) merchant API: app-id header plus HMAC-SHA256 hmac header keyed with the app key
  // ---------------------------------------------------------------------------------------------
  plain('b62c_ovo_app_key', 'ovo', AL.hex, 40, 'https://developer.ovo.id/ (OVO Merchant Push-to-Pay: app-id, random, hmac = HMAC-SHA256(app-id + random, app key) headers; the app key is issued by OVO and kept server-side)');

  // ---------------------------------------------------------------------------------------------
  // eSMS.vn (Vietnam SMS/Zalo ZNS gateway): ApiKey identifies the account, SecretKey authenticates; both 32 hex
  // ---------------------------------------------------------------------------------------------
  const ESMS_DOC = 'https://developers.esms.vn/esms-api/ham-gui-tin/tin-nhan-sms-otp-cskh (ApiKey and SecretKey parameters of SendMultipleMessage_V4; keys issued as 32 upper-case hex in the account page)';
  def('b62c_esms_api_key', 'none', false, `${ESMS_DOC}; the ApiKey names the account, the SecretKey is required with it`, (r) => r.str(AL.HEX, 32));
  plain('b62c_esms_secret_key', 'esms', AL.HEX, 32, ESMS_DOC);

  // ---------------------------------------------------------------------------------------------
  // Non-secret helpers: Bitnami SealedSecret ciphertext (only the controller's private key decrypts it)
  // ---------------------------------------------------------------------------------------------
  def('b62c_sealed_ciphertext', 'none', false, 'https://github.com/bitnami-labs/sealed-secrets#overview (encryptedData values are RSA-OAEP + AES-GCM ciphertext decryptable only by the controller; safe to commit)',
    (r) => b64(Buffer.concat([Buffer.from([0x02, 0x00]), r.bytes(r.range(290, 330))])));
  def('b62c_go_sum_h1', 'none', false, 'https://go.dev/ref/mod#go-sum-files (h1: base64 SHA-256 of the module tree; a checksum)', (r) => b64(r.bytes(32)));
  def('b62c_uuid', 'none', false, 'https://datatracker.ietf.org/doc/html/rfc9562 (record ids)', (r) => uuid(r));
  def('b62c_b64url_nonce', 'none', false, 'n/a: a per-request nonce or idempotency key', (r) => b64url(r.bytes(16)));
};
