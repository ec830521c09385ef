'use strict';
/** Generators added with batch60-c: each with the URL of the documentation it follows. */
const { AL, b64, uuid } = require('./lib');

module.exports = function register(def, plain) {
  // =============================================================================================
  // Japan: business chat, project tools, back office SaaS
  // =============================================================================================
  plain('b60c_chatwork_api_token', 'chatwork', AL.hex, 32,
    'https://developer.chatwork.com/docs/endpoints (X-ChatWorkToken header; the API token issued on the サービス連携 page, 32 hex characters)');
  plain('b60c_backlog_api_key', 'backlog', AL.b62, 64,
    'https://developer.nulab.com/docs/backlog/auth/#api-key (apiKey query parameter; keys issued in 個人設定 > API, 64 alphanumerics)');
  plain('b60c_kintone_api_token', 'kintone', AL.b62, 40,
    'https://cybozu.dev/ja/kintone/docs/rest-api/overview/authentication/#api-token-authentication (X-Cybozu-API-Token header; per-app API token, 40 alphanumerics)');
  const FREEE_DOC = 'https://developer.freee.co.jp/startguide/getting-access-token (OAuth 2.0 authorization code; Client ID and Client Secret from the app store console, access token and refresh token as bearer strings)';
  def('b60c_freee_client_id', 'none', false, `${FREEE_DOC}; the client id appears in the authorize URL`, (r) => r.str(AL.lowerAlnum, 43));
  plain('b60c_freee_client_secret', 'freee', AL.b64url, 43, FREEE_DOC);
  plain('b60c_freee_refresh_token', 'freee', AL.b64url, 43, FREEE_DOC);
  plain('b60c_mfcloud_client_secret', 'moneyforward', AL.b64url, 43,
    'https://developers.biz.moneyforward.com/docs/common/getting-started/authorization (Money Forward Cloud OAuth 2.0 client_id / client_secret; the secret authenticates the app at /oauth/v2/token)');
  plain('b60c_smarthr_access_token', 'smarthr', AL.hex, 32,
    'https://developer.smarthr.jp/api/about_api (アクセストークン: Authorization: Bearer <token>, issued per tenant by an administrator; 32 hex)');
  plain('b60c_sansan_api_key', 'sansan', AL.b62, 32,
    'https://docs.ap.sansan.com/api/ (X-Sansan-Api-Key header; API key issued per user by the Sansan administrator, 32 alphanumerics)');
  const GAROON_DOC = 'https://cybozu.dev/ja/garoon/docs/overview/authentication/ (X-Cybozu-Authorization: base64 of "login:password")';
  def('b60c_garoon_basic', 'cybozu', true, GAROON_DOC, (r) => b64(`${r.pick(['api-user', 'garoon-sync', 'batch'])}:${r.str(AL.b62, 14)}`));

  // =============================================================================================
  // Japan: e-commerce platforms and payment gateways
  // =============================================================================================
  const BASE_DOC = 'https://docs.thebase.in/docs/api/oauth/ (BASE API OAuth: client_id and client_secret, 32 hex each; access tokens 32 hex valid one hour, refresh tokens 32 hex valid 30 days)';
  def('b60c_base_client_id', 'none', false, `${BASE_DOC}; the client id is sent in the authorize URL`, (r) => r.hex(32));
  plain('b60c_base_client_secret', 'base', AL.hex, 32, BASE_DOC);
  plain('b60c_base_refresh_token', 'base', AL.hex, 32, BASE_DOC);
  plain('b60c_makeshop_api_token', 'makeshop', AL.b62, 40,
    'https://developers.makeshop.jp/ (MakeShop API: 認証コード / アクセストークン issued in the shop admin, sent with every request; 40 alphanumerics)');
  const YJ_DOC = 'https://developer.yahoo.co.jp/yconnect/v2/ (Yahoo! JAPAN ID連携: Client ID (public, begins dj00aiZp, base64 of "j&i=...") and シークレット; the Shopping API takes Authorization: Bearer access token)';
  def('b60c_yahoojp_client_id', 'none', false, `${YJ_DOC}; the client id is embedded in authorize URLs`, (r) =>
    b64(`v=4j&i=${r.str(AL.b62, 12)}&d=${b64(`YWk9${r.str(AL.b62, 12)}`).replace(/=+$/, '')}&s=consumersecret&sv=0&x=${r.hex(2)}`).replace(/=+$/, ''));
  plain('b60c_yahoojp_client_secret', 'yahoo-japan', AL.b62, 40, YJ_DOC);
  const GMO_DOC = 'https://docs.mul-pay.jp/ (GMO Payment Gateway: ショップID tshop/9 digits and ショップパスワード 8 lower-case alphanumerics; サイトID mst/site and サイトパスワード likewise; the passwords authorize every EntryTran/ExecTran)';
  def('b60c_gmopg_shop_id', 'none', false, `${GMO_DOC}; the shop id is an identifier`, (r) => `tshop${r.digits(8).padStart(8, '0')}`);
  plain('b60c_gmopg_shop_pass', 'gmo-pg', AL.lowerAlnum, 8, GMO_DOC);
  plain('b60c_gmopg_site_pass', 'gmo-pg', AL.lowerAlnum, 8, GMO_DOC);
  const PAYJP_DOC = 'https://pay.jp/docs/api/#認証 (secret keys sk_live_/sk_test_ used as the Basic username; public keys pk_live_/pk_test_ only create tokens in payjp.js; 24 hex after the prefix)';
  def('b60c_payjp_secret_key', 'payjp', true, PAYJP_DOC, (r) => `sk_live_${r.hex(24)}`);
  def('b60c_payjp_secret_test', 'payjp', true, PAYJP_DOC, (r) => `sk_test_${r.hex(24)}`);
  def('b60c_payjp_public_key', 'none', false, `${PAYJP_DOC}; the public key is embedded in the checkout page`, (r) => `pk_live_${r.hex(24)}`);
  const KOMOJU_DOC = 'https://doc.komoju.com/docs/authentication (secret key as the Basic username; the publishable key "is safe to expose publicly"; sk_live_/pk_live_ followed by lower-case alphanumerics)';
  def('b60c_komoju_secret_key', 'komoju', true, KOMOJU_DOC, (r) => `sk_live_${r.str(AL.lowerAlnum, 40)}`);
  def('b60c_komoju_publishable_key', 'none', false, KOMOJU_DOC, (r) => `pk_live_${r.str(AL.lowerAlnum, 40)}`);
  plain('b60c_komoju_webhook_secret', 'komoju', AL.lowerAlnum, 32,
    'https://doc.komoju.com/docs/webhooks (webhook secret token used for the X-Komoju-Signature HMAC-SHA256)');

  // =============================================================================================
  // Japan: clouds and carriers
  // =============================================================================================
  const SAKURA_DOC = 'https://manual.sakura.ad.jp/cloud/api/apikey.html (さくらのクラウド API キー: アクセストークン (a UUID, the Basic username) and アクセストークンシークレット (64 alphanumerics, the Basic password))';
  def('b60c_sakura_access_token', 'none', false, `${SAKURA_DOC}; the token is an identifier, the secret authenticates`, (r) => uuid(r));
  plain('b60c_sakura_access_secret', 'sakura-cloud', AL.b62, 64, SAKURA_DOC);
  const IIJ_DOC = 'https://manual.iij.jp/gio/storage/ (IIJ GIO / IIJ Cloud Storage S3-compatible API: access key ID 20 upper-case alphanumerics and secret access key 40 base64 characters)';
  def('b60c_iij_access_key_id', 'none', false, `${IIJ_DOC}; the access key id is an identifier`, (r) => r.str(AL.upperAlnum, 20));
  def('b60c_iij_secret_key', 'iij', true, IIJ_DOC, (r) => r.str(AL.b62 + '+/', 40));
  plain('b60c_docomo_api_key', 'docomo', AL.b62, 64,
    'https://dev.smt.docomo.ne.jp/?p=common_page&p_name=api_usage_guide (docomo Developer support: APIKEY query parameter issued per application, 64 alphanumerics)');

  // =============================================================================================
  // Korea: payments
  // =============================================================================================
  const TOSS_DOC = 'https://docs.tosspayments.com/reference/using-api/api-keys (client keys test_ck_/live_ck_ used in the browser SDK; secret keys test_sk_/live_sk_ as the Basic username for the API; widget keys test_gck_/test_gsk_)';
  def('b60c_toss_secret_key', 'toss-payments', true, TOSS_DOC, (r) => `live_sk_${r.str(AL.b62, 28)}`);
  def('b60c_toss_secret_test', 'toss-payments', true, TOSS_DOC, (r) => `test_sk_${r.str(AL.b62, 28)}`);
  def('b60c_toss_widget_secret', 'toss-payments', true, TOSS_DOC, (r) => `live_gsk_${r.str(AL.b62, 28)}`);
  def('b60c_toss_client_key', 'none', false, `${TOSS_DOC}; client keys are public`, (r) => `live_ck_${r.str(AL.b62, 28)}`);
  const PORTONE_DOC = 'https://developers.portone.io/opi/ko/integration/start/v1/auth (V1: 가맹점 식별코드 imp + 8 digits (public), REST API Key (digits) and REST API Secret (80 alphanumerics); V2: API Secret for Authorization: PortOne <secret>, storeId store-<uuid> and channelKey channel-key-<uuid> (public))';
  def('b60c_portone_imp_code', 'none', false, `${PORTONE_DOC}; the merchant code is passed to IMP.init() in the browser`, (r) => `imp${r.digits(8)}`);
  def('b60c_portone_rest_key', 'none', false, `${PORTONE_DOC}; the REST API key is the identifier half of the pair`, (r) => r.digits(16));
  plain('b60c_portone_rest_secret', 'portone', AL.b62, 80, PORTONE_DOC);
  plain('b60c_portone_v2_secret', 'portone', AL.b62, 80, PORTONE_DOC);
  def('b60c_portone_store_id', 'none', false, PORTONE_DOC, (r) => `store-${uuid(r)}`);
  def('b60c_portone_channel_key', 'none', false, PORTONE_DOC, (r) => `channel-key-${uuid(r)}`);
  const INICIS_DOC = 'https://manual.inicis.com/pay/stdpay_pc.html (표준결제: mid, signKey (웹표준 사인키, base64) used for the SHA-256 signature; INIAPI key 16 chars and IV 16 chars for the 취소/조회 API)';
  def('b60c_inicis_signkey', 'inicis', true, INICIS_DOC, (r) => b64(r.bytes(24)));
  plain('b60c_inicis_iniapi_key', 'inicis', AL.b62, 16, INICIS_DOC);
  def('b60c_inicis_iniapi_iv', 'none', false, `${INICIS_DOC}; the IV only parameterises AES-CBC and authenticates nothing`, (r) => r.str(AL.b62, 16));
  const NICE_DOC = 'https://github.com/nicepayments/nicepay-manual/blob/main/common/api.md (NICEPAY Start API: 클라이언트 키 S2_/R2_ + 32 hex used by the JS SDK, 시크릿 키 32 hex; Authorization: Basic base64(clientKey:secretKey))';
  def('b60c_nicepay_client_key', 'none', false, `${NICE_DOC}; the client key is used in the browser`, (r) => `R2_${r.hex(32)}`);
  plain('b60c_nicepay_secret_key', 'nicepay', AL.hex, 32, NICE_DOC);
  const DANAL_DOC = 'https://developers.danalpay.com/ (다날 휴대폰결제/신용카드: CPID (가맹점 ID, 10 digits), CP 비밀번호 and 암호화 키 (64 hex) / IV (32 hex) for the AES request body)';
  def('b60c_danal_cpid', 'none', false, `${DANAL_DOC}; the CPID is an identifier`, (r) => `A0${r.digits(8)}`);
  plain('b60c_danal_crypto_key', 'danal', AL.hex, 64, DANAL_DOC);
  plain('b60c_danal_cp_pwd', 'danal', AL.b62, 10, DANAL_DOC);

  // =============================================================================================
  // Korea: commerce marketplaces and customer messaging
  // =============================================================================================
  const COUPANG_DOC = 'https://developers.coupangcorp.com/hc/en-us/articles/360033461914-Creating-HMAC-Signature (Authorization: CEA algorithm=HmacSHA256, access-key=<uuid>, signed-date, signature; the secret key (40 hex) keys the HMAC; vendorId A00 + digits)';
  def('b60c_coupang_access_key', 'none', false, `${COUPANG_DOC}; the access key travels in clear`, (r) => uuid(r));
  plain('b60c_coupang_secret_key', 'coupang', AL.hex, 40, COUPANG_DOC);
  def('b60c_coupang_vendor_id', 'none', false, COUPANG_DOC, (r) => `A00${r.digits(6)}`);
  const NCOMM_DOC = 'https://apicenter.commerce.naver.com/docs/auth (커머스API: client_id (22 chars) and client_secret, a bcrypt salt "$2a$04$" + 22 characters, used as the salt of BCrypt.hashpw(client_id_timestamp))';
  def('b60c_naver_commerce_client_id', 'none', false, `${NCOMM_DOC}; the client id is sent in clear`, (r) => r.str(AL.b62, 22));
  def('b60c_naver_commerce_client_secret', 'naver-commerce', true, NCOMM_DOC, (r) => `$2a$04$${r.str(AL.bcrypt, 22)}`);
  const CHANNEL_DOC = 'https://developers.channel.io/reference/authentication (Open API: x-access-key and x-access-secret headers, both issued in 채널 설정 > API 인증 및 관리; plugin keys (UUIDs) boot the web messenger and are public)';
  def('b60c_channeltalk_access_key', 'none', false, `${CHANNEL_DOC}; the access key identifies the credential`, (r) => r.hex(24));
  plain('b60c_channeltalk_access_secret', 'channel-talk', AL.hex, 32, CHANNEL_DOC);
  def('b60c_channeltalk_plugin_key', 'none', false, CHANNEL_DOC, (r) => uuid(r));
  const SOLAPI_DOC = 'https://developers.solapi.com/references/authentication/api-key (Authorization: HMAC-SHA256 apiKey=NCS..., date, salt, signature; API Key "NCS" + 13 upper-case alphanumerics, API Secret 32 upper-case alphanumerics)';
  def('b60c_solapi_api_key', 'none', false, `${SOLAPI_DOC}; the API key travels in clear`, (r) => `NCS${r.str(AL.upperAlnum, 13)}`);
  plain('b60c_solapi_api_secret', 'solapi', AL.upperAlnum, 32, SOLAPI_DOC);
  plain('b60c_aligo_api_key', 'aligo', AL.lowerAlnum, 32,
    'https://smartsms.aligo.in/admin/api/spec.html (알리고 문자 API: key (발급받은 인증키, 32 lower-case alphanumerics) and user_id posted with every send request)');

  // =============================================================================================
  // Korea: cloud and collaboration (not NAVER login / NAVER Cloud)
  // =============================================================================================
  const NHN_DOC = 'https://docs.nhncloud.com/ko/nhncloud/ko/public-api/api-authentication/ (User Access Key ID (20 chars) and Secret Access Key (16 chars) for the OAuth token; per-service appkey in the URL plus X-Secret-Key (8 chars) for SMS/Notification)';
  def('b60c_nhn_appkey', 'none', false, `${NHN_DOC}; the appkey is part of request URLs`, (r) => r.str(AL.b62, 20));
  plain('b60c_nhn_secret_key', 'nhn-cloud', AL.b62, 8, NHN_DOC);
  def('b60c_nhn_user_access_key_id', 'none', false, `${NHN_DOC}; the key id is an identifier`, (r) => r.str(AL.b62, 20));
  plain('b60c_nhn_secret_access_key', 'nhn-cloud', AL.b62, 16, NHN_DOC);
  const WORKS_DOC = 'https://developers.worksmobile.com/kr/docs/auth (NAVER WORKS API 2.0: Client ID 20 chars and Client Secret 10 chars, Service Account id xxxxx.serviceaccount@domain, RS256 private key; Bot Secret verifies callbacks)';
  def('b60c_works_client_id', 'none', false, `${WORKS_DOC}; the client id is an identifier`, (r) => r.str(AL.b62, 20));
  plain('b60c_works_client_secret', 'naver-works', AL.b62, 10, WORKS_DOC);
  plain('b60c_works_bot_secret', 'naver-works', AL.b62, 40, WORKS_DOC);
  def('b60c_kakaowork_bot_key', 'kakao-work', true,
    'https://docs.kakaoi.ai/kakao_work/webapireference/ (Authorization: Bearer {Bot App Key}; keys read 8 hex, a dot, 32 hex)',
    (r) => `${r.hex(8)}.${r.hex(32)}`);
};
