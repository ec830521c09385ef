'use strict';
/** Generators added with batch58-a (Asia-Pacific clouds, super-apps and payment gateways): each with the URL of the documentation it follows. */
const { AL, b64, uuid, pkcs8Rsa } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Alibaba Cloud: STS temporary credentials (AccessKeyId "STS." + alnum, SecurityToken "CAIS..." base64),
  // Model Studio / DashScope API keys (sk- + 32 hex)
  // ---------------------------------------------------------------------------------------------
  const ALI_STS_DOC = 'https://www.alibabacloud.com/help/en/ram/developer-reference/api-sts-2015-04-01-assumerole (Credentials: AccessKeyId "STS.NUgYrLnoC37mZZCNnAbez****", AccessKeySecret, SecurityToken "CAIS..." base64, Expiration)';
  def('b58a_alibaba_sts_access_key_id', 'alibaba', true, ALI_STS_DOC, (r) => `STS.${r.str(AL.b62, 28)}`);
  def('b58a_alibaba_sts_security_token', 'alibaba', true, ALI_STS_DOC, (r) => `CAIS${r.str(AL.b64, r.range(3, 4) * 100 + 40)}`);
  def('b58a_dashscope_api_key', 'alibaba', true, 'https://www.alibabacloud.com/help/en/model-studio/get-api-key (Model Studio API key, sk- followed by 32 hex, sent as Authorization: Bearer)',
    (r) => `sk-${r.hex(32)}`);

  // ---------------------------------------------------------------------------------------------
  // Tencent Cloud API keys: SecretId "AKID" + 32 alphanumerics (identifies), SecretKey 32 alphanumerics (signs)
  // ---------------------------------------------------------------------------------------------
  const TC_DOC = 'https://www.tencentcloud.com/document/product/598/34228 (API key = SecretId + SecretKey; documented example SecretId AKID****J5yKBZQpn74WFkmLPx3gnPhESA, 36 chars, SecretKey 32 chars; "keep your SecretKey private")';
  def('b58a_tencent_secret_id', 'tencent', true, TC_DOC, (r) => `AKID${r.str(AL.b62, 32)}`);
  plain('b58a_tencent_secret_key', 'tencent', AL.b62, 32, TC_DOC);
  def('b58a_tencent_cos_bucket', 'none', false, 'https://www.tencentcloud.com/document/product/436/13312 (bucket names <name>-<APPID>, APPID 10 digits; identifiers)',
    (r, seed) => `${String(seed || 'assets').replace(/[^a-z0-9-]/g, '') || 'assets'}-${r.digits(10)}`);

  // ---------------------------------------------------------------------------------------------
  // Huawei Cloud permanent access keys: AK 20 upper-case alphanumerics, SK 40 alphanumerics (credentials.csv)
  // ---------------------------------------------------------------------------------------------
  const HW_DOC = 'https://support.huaweicloud.com/intl/en-us/usermanual-ca/ca_01_0003.html (access key = AK + SK, downloaded once in credentials.csv; AK 20 upper-case alphanumerics, SK 40 alphanumerics)';
  plain('b58a_huawei_ak', 'huawei', AL.upperAlnum, 20, HW_DOC);
  plain('b58a_huawei_sk', 'huawei', AL.b62, 40, HW_DOC);

  // ---------------------------------------------------------------------------------------------
  // Baidu AI Cloud: BCE AK/SK (32 hex each), and the AI open platform's API Key (24) + Secret Key (32)
  // exchanged at aip.baidubce.com/oauth/2.0/token for "24.<hex>.2592000.<ts>.<n>-<appid>" access tokens
  // ---------------------------------------------------------------------------------------------
  const BCE_DOC = 'https://intl.cloud.baidu.com/doc/Reference/s/9jwvz2egb-en (Access Key ID / Secret Access Key, 32 lower-case hex each, used for bce-auth-v1 signatures)';
  plain('b58a_baidu_bce_ak', 'baidu', AL.hex, 32, BCE_DOC);
  plain('b58a_baidu_bce_sk', 'baidu', AL.hex, 32, BCE_DOC);
  const BAIDU_AIP_DOC = 'https://ai.baidu.com/ai-doc/REFERENCE/Ck3dwjhhu (client_id = API Key, 24 alphanumerics; client_secret = Secret Key, 32 alphanumerics; access_token valid 30 days)';
  plain('b58a_baidu_aip_api_key', 'baidu', AL.b62, 24, BAIDU_AIP_DOC);
  plain('b58a_baidu_aip_secret_key', 'baidu', AL.b62, 32, BAIDU_AIP_DOC);
  def('b58a_baidu_aip_refresh_token', 'baidu', true, `${BAIDU_AIP_DOC}; refresh_token valid 10 years, exchanges for new access tokens`,
    (r) => `25.${r.hex(32)}.315360000.${r.range(2000000000, 2090000000)}.282335-${r.digits(8)}`);
  def('b58a_baidu_aip_access_token', 'baidu', true, BAIDU_AIP_DOC,
    (r) => `24.${r.hex(32)}.2592000.${r.range(1700000000, 1790000000)}.282335-${r.digits(8)}`);

  // ---------------------------------------------------------------------------------------------
  // Volcano Engine / BytePlus: AccessKeyId AKLT[a-zA-Z0-9-_]+ (20-47), SecretAccessKey 68 chars base64 ending "=="
  // Ark (Doubao) model API keys are UUID-shaped bearer keys
  // ---------------------------------------------------------------------------------------------
  const VOLC_DOC = 'https://docs.byteplus.com/byteplus-platform/reference/accesskey (AccessKeyId AKLT[a-zA-Z0-9-_]+, SecretAccessKey 68 chars [a-zA-Z0-9/+]+==)';
  def('b58a_volcengine_ak', 'volcengine', true, VOLC_DOC, (r) => `AKLT${r.str(AL.b64url, 43)}`);
  def('b58a_volcengine_sk', 'volcengine', true, VOLC_DOC, (r) => b64(r.bytes(49)));
  def('b58a_volc_ark_api_key', 'volcengine', true, 'https://www.volcengine.com/docs/82379/1298459 (Ark API Key, Authorization: Bearer <ARK_API_KEY>, issued in UUID form)', (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // WeChat: AppID wx + 16 hex (public), AppSecret 32 hex (server only), official account server Token and
  // EncodingAESKey (43 chars); WeChat Pay: mchid (10 digits), APIv3 key (32 chars), certificate serial (40 hex)
  // WeCom group robot webhooks: key=<uuid>
  // ---------------------------------------------------------------------------------------------
  const WX_DOC = 'https://developers.weixin.qq.com/miniprogram/en/dev/api-backend/open-api/access-token/auth.getAccessToken.html (appid and secret: AppSecret is the unique credential, keep it on the server)';
  def('b58a_wechat_appid', 'none', false, `${WX_DOC}; AppID wx + 16 hex is public, shipped in every mini program`, (r) => `wx${r.hex(16)}`);
  plain('b58a_wechat_appsecret', 'wechat', AL.hex, 32, WX_DOC);
  const WX_MP_DOC = 'https://developers.weixin.qq.com/doc/offiaccount/en/Basic_Information/Access_Overview.html (server configuration: Token 3-32 chars used in the signature, EncodingAESKey 43 alphanumerics)';
  def('b58a_wechat_mp_token', 'wechat', true, WX_MP_DOC, (r) => r.str(AL.b62, r.range(16, 32)));
  plain('b58a_wechat_encoding_aes_key', 'wechat', AL.b62, 43, WX_MP_DOC);
  def('b58a_wechat_access_token', 'wechat', true, WX_DOC + ' (access_token, 2 hours, ~136 chars of [A-Za-z0-9_-])', (r) => `${r.digits(2)}_${r.str(AL.b64url, 134)}`);
  const WXPAY_DOC = 'https://pay.weixin.qq.com/docs/merchant/development/interface-rules/apiv3key.html (APIv3 key: 32 characters set by the merchant, decrypts callbacks and certificates)';
  plain('b58a_wechatpay_apiv3_key', 'wechat', AL.b62, 32, WXPAY_DOC);
  plain('b58a_wechatpay_apiv2_key', 'wechat', AL.b62, 32, 'https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=4_3 (API key for MD5/HMAC-SHA256 sign, 32 characters)');
  def('b58a_wechatpay_mchid', 'none', false, 'https://pay.weixin.qq.com/docs/merchant/development/interface-rules/basic-rules.html (mchid: 10-digit merchant number; identifier)', (r) => `16${r.str(AL.digit, 8)}`);
  def('b58a_wechatpay_serial_no', 'none', false, 'https://pay.weixin.qq.com/docs/merchant/development/interface-rules/certificate-faqs.html (merchant certificate serial number, 40 upper-case hex; public)', (r) => r.str(AL.HEX, 40));
  def('b58a_wecom_webhook_key', 'wechat', true, 'https://developer.work.weixin.qq.com/document/path/91770 (group robot webhook https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<uuid>: "keep the webhook address safe")', (r) => uuid(r));
  plain('b58a_wecom_corpsecret', 'wechat', AL.b64url, 43, 'https://developer.work.weixin.qq.com/document/path/91039 (gettoken?corpid=ID&corpsecret=SECRET; corpsecret 43 chars)');

  // ---------------------------------------------------------------------------------------------
  // Alipay open platform: app_id (16 digits, public), application private key (PKCS#8 RSA2048 base64 on one line,
  // as the key tool exports it), Alipay public key (public)
  // ---------------------------------------------------------------------------------------------
  const ALIPAY_DOC = 'https://opendocs.alipay.com/common/02kipl (RSA2 key pair: merchant application private key kept by the developer, exported as one base64 line; Alipay public key is public)';
  def('b58a_alipay_app_id', 'none', false, `${ALIPAY_DOC}; APPID 2021 + 12 digits identifies the app`, (r) => `2021${r.str(AL.digit, 12)}`);
  def('b58a_alipay_app_private_key', 'alipay', true, ALIPAY_DOC, (r) => b64(pkcs8Rsa(r)));

  // ---------------------------------------------------------------------------------------------
  // DingTalk: custom robot access_token (64 hex) and signing secret (SEC + 64 hex); app AppKey (ding + 16-18
  // lower-case alphanumerics, the client id) and AppSecret (64 chars)
  // ---------------------------------------------------------------------------------------------
  const DING_ROBOT_DOC = 'https://open.dingtalk.com/document/orgapp/customize-robot-security-settings (webhook https://oapi.dingtalk.com/robot/send?access_token=<64 hex>; signing secret SEC + 64 hex; "keep the webhook address and secret safe")';
  plain('b58a_dingtalk_robot_token', 'dingtalk', AL.hex, 64, DING_ROBOT_DOC);
  plain('b58a_dingtalk_robot_secret', 'dingtalk', AL.hex, 64, DING_ROBOT_DOC, 'SEC');
  const DING_APP_DOC = 'https://open.dingtalk.com/document/orgapp/obtain-the-access_token-of-an-internal-app (appKey dingxxxxxxxx and appSecret; Client ID and Client Secret of the app)';
  def('b58a_dingtalk_appkey', 'none', false, `${DING_APP_DOC}; the AppKey is the Client ID`, (r) => `ding${r.str(AL.lowerAlnum, 16)}`);
  plain('b58a_dingtalk_appsecret', 'dingtalk', `${AL.b62}-_`, 64, DING_APP_DOC);

  // ---------------------------------------------------------------------------------------------
  // Feishu / Lark: app_id cli_ + 16 hex (public), app_secret 32 alnum, tenant_access_token t- + hex,
  // custom bot webhook /open-apis/bot/v2/hook/<uuid> with optional signing secret, event Encrypt Key
  // ---------------------------------------------------------------------------------------------
  const FS_DOC = 'https://open.feishu.cn/document/server-docs/authentication-management/access-token/tenant_access_token_internal (app_id cli_..., app_secret; tenant_access_token t-..., 2 hours)';
  def('b58a_feishu_app_id', 'none', false, `${FS_DOC}; app_id identifies the app`, (r) => `cli_${r.hex(16)}`);
  plain('b58a_feishu_app_secret', 'feishu', AL.b62, 32, FS_DOC);
  def('b58a_feishu_tenant_token', 'feishu', true, FS_DOC, (r) => `t-${r.str(AL.lowerAlnum, 40)}`);
  const FS_BOT_DOC = 'https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot (webhook https://open.feishu.cn/open-apis/bot/v2/hook/<uuid>; "do not publish the webhook"; signature verification secret)';
  def('b58a_feishu_webhook_id', 'feishu', true, FS_BOT_DOC, (r) => uuid(r));
  plain('b58a_feishu_bot_secret', 'feishu', AL.b62, 22, FS_BOT_DOC);
  plain('b58a_feishu_encrypt_key', 'feishu', AL.b62, 32, 'https://open.feishu.cn/document/server-docs/event-subscription-guide/event-subscription-configure-/encrypt-key-encryption-configuration-case (Encrypt Key and Verification Token of event subscription)');

  // ---------------------------------------------------------------------------------------------
  // LINE: channel ID (10 digits, public), channel secret (32 hex), long-lived channel access token (~172 chars
  // base64); LINE Pay: Channel ID + Channel Secret Key (HMAC-SHA256 X-LINE-Authorization)
  // ---------------------------------------------------------------------------------------------
  const LINE_DOC = 'https://developers.line.biz/en/docs/basics/channel-access-token/ (long-lived channel access token; channel secret 32 hex on the Basic settings tab)';
  def('b58a_line_channel_id', 'none', false, `${LINE_DOC}; channel ID, 10 digits, an identifier`, (r) => `${r.pick(['16', '20'])}${r.str(AL.digit, 8)}`);
  plain('b58a_line_channel_secret', 'line', AL.hex, 32, LINE_DOC);
  def('b58a_line_channel_access_token', 'line', true, LINE_DOC, (r) => b64(r.bytes(128)));
  plain('b58a_linepay_channel_secret', 'line-pay', AL.hex, 32, 'https://pay.line.me/jp/developers/apis/onlineApis?locale=en_US (X-LINE-ChannelId and X-LINE-Authorization = Base64(HMAC-SHA256(Channel Secret Key, ...)); channel secret 32 hex)');

  // ---------------------------------------------------------------------------------------------
  // Kakao Developers app keys (32 hex each): JavaScript/native keys are shipped to clients, REST API key and
  // Admin key stay on servers; Naver: Developers client id (20) / client secret (10); NCP access key / secret key
  // ---------------------------------------------------------------------------------------------
  const KAKAO_DOC = 'https://developers.kakao.com/docs/latest/en/getting-started/app#app-key (Native, REST API, JavaScript and Admin keys, 32 hex; "Admin key ... must not be exposed", REST API key for server calls)';
  plain('b58a_kakao_rest_api_key', 'kakao', AL.hex, 32, KAKAO_DOC);
  plain('b58a_kakao_admin_key', 'kakao', AL.hex, 32, KAKAO_DOC);
  def('b58a_kakao_js_key', 'none', false, `${KAKAO_DOC}; the JavaScript key is embedded in web pages by design`, (r) => r.hex(32));
  const NAVER_DOC = 'https://developers.naver.com/docs/common/openapiguide/appregister.md (Client ID 20 chars and Client Secret 10 chars; X-Naver-Client-Id / X-Naver-Client-Secret headers)';
  def('b58a_naver_client_id', 'none', false, `${NAVER_DOC}; the client id is public`, (r) => r.str(AL.b62 + '_', 20));
  plain('b58a_naver_client_secret', 'naver', AL.b62, 10, NAVER_DOC);
  const NCP_DOC = 'https://api.ncloud-docs.com/docs/en/common-ncpapi (x-ncp-iam-access-key, signature with the Secret Key; Access Key ID 20 chars, Secret Key 40 chars)';
  plain('b58a_ncp_access_key', 'naver-cloud', AL.upperAlnum, 20, NCP_DOC);
  plain('b58a_ncp_secret_key', 'naver-cloud', AL.b62, 40, NCP_DOC);

  // ---------------------------------------------------------------------------------------------
  // PayPay Open Payment API: API key (sent in the OPA-Auth header) + API secret (HMAC-SHA256 key), merchant id
  // Rakuten RMS Web Service: Authorization: ESA Base64(serviceSecret:licenseKey)
  // ---------------------------------------------------------------------------------------------
  const PAYPAY_DOC = 'https://www.paypay.ne.jp/opa/doc/v1.0/webcashier#section/Authentication (Authorization: hmac OPA-Auth:<API key>:<HMAC-SHA256 with the API secret>:<nonce>:<epoch>:<hash>; X-ASSUME-MERCHANT)';
  def('b58a_paypay_api_key', 'none', false, `${PAYPAY_DOC}; the API key travels in clear in every Authorization header`, (r) => `a_${r.str(AL.b62, 10)}_${r.str(AL.b62, 4)}`);
  def('b58a_paypay_api_secret', 'paypay', true, PAYPAY_DOC, (r) => b64(r.bytes(32)));
  def('b58a_paypay_merchant_id', 'none', false, `${PAYPAY_DOC}; merchant id, an identifier`, (r) => r.digits(18));
  const RMS_DOC = 'https://webservice.rms.rakuten.co.jp/merchant-portal/view/en/common/1-1_service_index/authentication (Authorization: ESA Base64(serviceSecret:licenseKey); serviceSecret SP<shop>_<...>, licenseKey SL<shop>_<...>, renewed every 90 days)';
  def('b58a_rakuten_rms_service_secret', 'rakuten', true, RMS_DOC, (r) => `SP${r.digits(6)}_${r.str(AL.b62, 16)}`);
  def('b58a_rakuten_rms_license_key', 'rakuten', true, RMS_DOC, (r) => `SL${r.digits(6)}_${r.str(AL.b62, 16)}`);
  def('b58a_rakuten_rms_esa_auth', 'rakuten', true, `${RMS_DOC}; the header value itself, base64 of serviceSecret:licenseKey`,
    (r) => b64(`SP${r.digits(6)}_${r.str(AL.b62, 16)}:SL${r.digits(6)}_${r.str(AL.b62, 16)}`));

  // ---------------------------------------------------------------------------------------------
  // Grab: partner_id (uuid) / partner_secret (HMAC key), OAuth client_id (32 hex) / client_secret
  // ---------------------------------------------------------------------------------------------
  const GRAB_DOC = 'https://developer.grab.com/docs/grabpay-merchant-integration/ (partner_id and partner_secret, the latter used for HMAC-SHA256 request signatures; client_id / client_secret for OAuth)';
  def('b58a_grab_partner_id', 'none', false, `${GRAB_DOC}; partner_id identifies the partner`, (r) => uuid(r));
  plain('b58a_grab_partner_secret', 'grab', AL.b62, 32, GRAB_DOC);
  plain('b58a_grab_client_secret', 'grab', AL.b62, 32, GRAB_DOC);

  // ---------------------------------------------------------------------------------------------
  // Midtrans sandbox server key (SB-Mid-server-); Xendit public key (xnd_public_, public) and callback token
  // ---------------------------------------------------------------------------------------------
  def('b58a_midtrans_sandbox_server_key', 'midtrans', true, 'https://docs.midtrans.com/docs/access-keys (sandbox Server Key SB-Mid-server-...; secret, never in the frontend)',
    (r) => `SB-Mid-server-${r.str(AL.b64url, 24)}`);
  def('b58a_xendit_public_key', 'none', false, 'https://docs.xendit.co/docs/api-keys (public key xnd_public_production_/xnd_public_development_ for tokenization in the browser; public)',
    (r) => `xnd_public_${r.pick(['production', 'development'])}_${r.str(AL.b62, 50)}`);
  plain('b58a_xendit_callback_token', 'xendit', AL.b62, 48, 'https://docs.xendit.co/docs/handling-webhooks (x-callback-token: the webhook verification token from the dashboard, keep it secret)');

  // ---------------------------------------------------------------------------------------------
  // India: Razorpay test key id (public half), Paytm MID (public) + merchant key (16 chars), PhonePe salt key (uuid),
  // Cashfree app id (client id) + secret key cfsk_ma_{prod,test}_<32 hex>_<8 hex>
  // ---------------------------------------------------------------------------------------------
  def('b58a_razorpay_test_key_id', 'none', false, 'https://razorpay.com/docs/api/authentication/ (key_id rzp_test_..., used in Checkout on the client; the key_secret is the secret)',
    (r) => `rzp_test_${r.str(AL.b62, 14)}`);
  const PAYTM_DOC = 'https://business.paytm.com/docs/api-keys (MID identifies the merchant; Merchant Key, 16 characters, generates and verifies checksums and must be kept on the server)';
  def('b58a_paytm_mid', 'none', false, `${PAYTM_DOC}; MID is an identifier`, (r) => `${r.str(AL.b62, 6)}${r.str(AL.digit, 14)}`);
  plain('b58a_paytm_merchant_key', 'paytm', `${AL.b62}#@&%_!`, 16, PAYTM_DOC);
  def('b58a_phonepe_salt_key', 'phonepe', true, 'https://developer.phonepe.com/v1/reference/x-verify-generation (X-VERIFY = SHA256(base64 body + path + salt key) + ### + salt index; salt keys are uuid-shaped, shared at onboarding)', (r) => uuid(r));
  def('b58a_phonepe_client_secret', 'phonepe', true, 'https://developer.phonepe.com/v1/reference/authorization-standard-checkout (client_id, client_version, client_secret exchanged at /v1/oauth/token)', (r) => uuid(r));
  const CF_DOC = 'https://www.cashfree.com/docs/api-reference/authentication (x-client-id = app id, x-client-secret = secret key; secret keys read cfsk_ma_prod_/cfsk_ma_test_ + 32 hex + _ + 8 hex)';
  def('b58a_cashfree_app_id', 'none', false, `${CF_DOC}; the app id is the client id`, (r) => `${r.digits(7)}${r.hex(25)}`);
  def('b58a_cashfree_secret_key', 'cashfree', true, CF_DOC, (r, seed) => `cfsk_ma_${/test/.test(String(seed)) ? 'test' : 'prod'}_${r.hex(32)}_${r.hex(8)}`);
};
