'use strict';
/** Generators added with batch61-c: each with the URL of the documentation it follows. */
const { AL, b64, b64url, uuid, pkcs8Rsa } = require('./lib');

module.exports = function register(def, plain) {
  // ---------------------------------------------------------------------------------------------
  // Qiniu Kodo: AccessKey/SecretKey pairs of 40 URL-safe characters; upload tokens are
  // AccessKey:urlsafe_b64(HMAC-SHA1(SK, encodedPutPolicy)):urlsafe_b64(putPolicy JSON), handed to browsers and apps,
  // so the AccessKey travels in clear inside every upload token
  // ---------------------------------------------------------------------------------------------
  const QINIU_KEY_DOC = 'https://developer.qiniu.com/af/kb/1479/how-to-access-or-locate-the-access-key-and-secret-key (AccessKey/SecretKey pair, 40 URL-safe base64 characters each; the SK signs)';
  const QINIU_TOKEN_DOC = 'https://developer.qiniu.com/kodo/1208/upload-token (upload token = AccessKey + ":" + encodedSign + ":" + encodedPutPolicy, valid until the policy deadline)';
  def('b61c_qiniu_access_key', 'qiniu', false, `${QINIU_KEY_DOC}; the AccessKey identifies the account and is embedded in clear in every upload token given to clients`, (r) => r.str(AL.b64url, 40));
  plain('b61c_qiniu_secret_key', 'qiniu', AL.b64url, 40, QINIU_KEY_DOC);
  def('b61c_qiniu_upload_token', 'qiniu', true, QINIU_TOKEN_DOC, (r) => {
    const policy = JSON.stringify({ scope: r.pick(['media-prod', 'user-avatar', 'static-assets', 'vod-raw']), deadline: 1735000000 + r.int(30000000) });
    return `${r.str(AL.b64url, 40)}:${b64url(r.bytes(20)).replace(/$/, '=')}:${b64url(policy)}`;
  });

  // ---------------------------------------------------------------------------------------------
  // Upyun (又拍云) USS: an operator (操作员) name plus password; REST requests sign with MD5(password)
  // ---------------------------------------------------------------------------------------------
  plain('b61c_upyun_operator_password', 'upyun', AL.b62, 32, 'https://help.upyun.com/knowledge-base/object_storage_authorization/ (operator password, generated as 32 alphanumerics in the console; Authorization: UPYUN operator:signature with HMAC-SHA1 keyed by MD5(password))');

  // ---------------------------------------------------------------------------------------------
  // JPush (极光推送): REST API Basic auth with appKey:masterSecret (24 hex each); the appKey is also written
  // into the Android manifest (JPUSH_APPKEY) and the iOS plist, so it is public
  // ---------------------------------------------------------------------------------------------
  const JPUSH_DOC = 'https://docs.jiguang.cn/jpush/server/push/server_overview (Authorization: Basic base64(appKey:masterSecret); documented example appKey 7d431e42dfa6a6d693ac2d04, masterSecret 5e987ac6d2e04d95a9d8f0d1: 24 hex each)';
  def('b61c_jpush_app_key', 'jpush', false, `${JPUSH_DOC}; the appKey ships in every client app (manifestPlaceholders JPUSH_APPKEY)`, (r) => r.hex(24));
  plain('b61c_jpush_master_secret', 'jpush', AL.hex, 24, JPUSH_DOC);

  // ---------------------------------------------------------------------------------------------
  // Getui (个推) REST API v2: AppID in the URL, sign = sha256(appkey + timestamp + mastersecret); all 22 alphanumerics
  // ---------------------------------------------------------------------------------------------
  const GETUI_DOC = 'https://docs.getui.com/getui/server/rest_v2/token/ (POST /v2/{appId}/auth with sign = sha256(appkey+timestamp+mastersecret); AppID, AppKey and MasterSecret are 22 alphanumerics)';
  def('b61c_getui_app_id', 'none', false, `${GETUI_DOC}; the AppID is configured in client apps (GETUI_APPID)`, (r) => r.str(AL.b62, 22));
  plain('b61c_getui_master_secret', 'getui', AL.b62, 22, GETUI_DOC);

  // ---------------------------------------------------------------------------------------------
  // Umeng (友盟+) U-Push: AppKey (24 hex, in the client) and App Master Secret (32 lower-case alphanumerics, server only)
  // ---------------------------------------------------------------------------------------------
  const UMENG_DOC = 'https://developer.umeng.com/docs/67966/detail/68343 (server API: sign = MD5(method + url + post-body + App Master Secret); the AppKey is passed to UMConfigure.init in the app)';
  def('b61c_umeng_app_key', 'none', false, `${UMENG_DOC}; AppKey, 24 hex, compiled into the client`, (r) => r.hex(24));
  plain('b61c_umeng_master_secret', 'umeng', AL.lowerAlnum, 32, UMENG_DOC);

  // ---------------------------------------------------------------------------------------------
  // Gitee (码云): personal access tokens (32 hex) and OAuth applications (client id and secret, 64 hex each)
  // ---------------------------------------------------------------------------------------------
  plain('b61c_gitee_pat', 'gitee', AL.hex, 32, 'https://gitee.com/api/v5/oauth_doc (access_token query parameter; personal access tokens from https://gitee.com/profile/personal_access_tokens are 32 hex)');
  const GITEE_OAUTH_DOC = 'https://gitee.com/api/v5/oauth_doc#/list-item-2 (OAuth2 client_id and client_secret of a third-party application, 64 hex each)';
  def('b61c_gitee_client_id', 'none', false, `${GITEE_OAUTH_DOC}; the client_id appears in the authorize URL`, (r) => r.hex(64));
  plain('b61c_gitee_client_secret', 'gitee', AL.hex, 64, GITEE_OAUTH_DOC);

  // ---------------------------------------------------------------------------------------------
  // CODING DevOps: personal access tokens (40 hex, "Authorization: token <t>") and project tokens for artifacts
  // ---------------------------------------------------------------------------------------------
  plain('b61c_coding_pat', 'coding', AL.hex, 40, 'https://coding.net/help/docs/member/tokens.html (个人访问令牌: 40 hex, sent as Authorization: token <t> or as the password of git/artifact clients)');

  // ---------------------------------------------------------------------------------------------
  // Youzan Cloud (有赞云): client_id (18 hex, public in the auth URL), client_secret (32 hex), access_token (32 hex, 7 days)
  // ---------------------------------------------------------------------------------------------
  const YOUZAN_DOC = 'https://doc.youzanyun.com/resource/doc/3011 (POST /auth/token with client_id, client_secret, authorize_type=silent and grant_id; access_token valid 7 days)';
  def('b61c_youzan_client_id', 'none', false, `${YOUZAN_DOC}; the client_id identifies the app`, (r) => r.hex(18));
  plain('b61c_youzan_client_secret', 'youzan', AL.hex, 32, YOUZAN_DOC);
  plain('b61c_youzan_access_token', 'youzan', AL.hex, 32, YOUZAN_DOC);

  // ---------------------------------------------------------------------------------------------
  // Pinduoduo open platform (拼多多开放平台 / 多多进宝): client_id 32 hex, client_secret 40 hex, access_token
  // ---------------------------------------------------------------------------------------------
  const PDD_DOC = 'https://open.pinduoduo.com/application/document/browse?idStr=BD3A776A4D41D5F5 (sign = MD5 upper(client_secret + sorted params + client_secret); client_id 32 hex, client_secret 40 hex; access_token returned by pdd.pop.auth.token.create)';
  def('b61c_pdd_client_id', 'none', false, `${PDD_DOC}; client_id is sent in clear on every call`, (r) => r.hex(32));
  plain('b61c_pdd_client_secret', 'pinduoduo', AL.hex, 40, PDD_DOC);
  plain('b61c_pdd_access_token', 'pinduoduo', AL.hex, 40, PDD_DOC);

  // ---------------------------------------------------------------------------------------------
  // JD open platform (京东开放平台 JOS): app_key 32 upper hex (public), app_secret 32 hex, access_token
  // ---------------------------------------------------------------------------------------------
  const JD_DOC = 'https://jos.jd.com/commondoc?listId=890 (sign = MD5 upper(app_secret + sorted params + app_secret); app_key 32 upper-case hex, app_secret 32 hex; access_token from oauth.jd.com)';
  def('b61c_jd_app_key', 'none', false, `${JD_DOC}; app_key is sent in clear`, (r) => r.str(AL.HEX, 32));
  plain('b61c_jd_app_secret', 'jd', AL.hex, 32, JD_DOC);
  plain('b61c_jd_access_token', 'jd', AL.hex, 32, JD_DOC);

  // ---------------------------------------------------------------------------------------------
  // Douyin e-commerce (抖店开放平台): app_key 19 digits (public), app_secret and access_token shaped as UUIDs
  // ---------------------------------------------------------------------------------------------
  const DOUDIAN_DOC = 'https://op.jinritemai.com/docs/guide-docs/10/23 (sign = HMAC-SHA256 keyed by app_secret over app_key/method/param_json/timestamp/v; app_key 19 digits; app_secret and access_token shaped as UUIDs)';
  def('b61c_doudian_app_key', 'none', false, `${DOUDIAN_DOC}; app_key is sent in clear`, (r) => `7${r.str(AL.digit, 18)}`);
  def('b61c_doudian_app_secret', 'douyin', true, DOUDIAN_DOC, (r) => uuid(r));
  def('b61c_doudian_access_token', 'douyin', true, DOUDIAN_DOC, (r) => uuid(r));

  // ---------------------------------------------------------------------------------------------
  // Kuaishou e-commerce (快手电商开放平台): appKey ks + 18 digits (public), appSecret (22 alphanumerics), signSecret (32 hex)
  // ---------------------------------------------------------------------------------------------
  const KS_DOC = 'https://open.kwaixiaodian.com/zone/new/docs/dev?pageSign=e1d3c1fdc4a5a5a2d1d5c2f2a7d7e5c4 (appKey ks + digits, appSecret for OAuth, signSecret for request signing with HMAC_SHA256)';
  def('b61c_kuaishou_app_key', 'none', false, `${KS_DOC}; appKey identifies the app`, (r) => `ks${r.digits(18)}`);
  plain('b61c_kuaishou_app_secret', 'kuaishou', AL.b62, 22, KS_DOC);
  plain('b61c_kuaishou_sign_secret', 'kuaishou', AL.hex, 32, KS_DOC);

  // ---------------------------------------------------------------------------------------------
  // Meituan Waimai (美团外卖开放平台) and Ele.me (饿了么开放平台) merchant APIs
  // ---------------------------------------------------------------------------------------------
  plain('b61c_meituan_app_secret', 'meituan', AL.hex, 32, 'https://developer.waimai.meituan.com/home/guide/6 (app_id + sig = MD5(url?sorted params + app_secret); secret shown in the developer center, 32 hex)');
  const ELEME_DOC = 'https://open.shop.ele.me/base/documents/authorization (app key and secret issued per application; signature = MD5 upper over secret + sorted params; key 10 alphanumerics, secret 40 hex)';
  def('b61c_eleme_app_key', 'none', false, `${ELEME_DOC}; the app key identifies the application`, (r) => r.str(AL.b62, 10));
  plain('b61c_eleme_app_secret', 'eleme', AL.hex, 40, ELEME_DOC);

  // ---------------------------------------------------------------------------------------------
  // Logistics: SF Express Fengqiao (丰桥) checkWord, Cainiao LINK secret key
  // ---------------------------------------------------------------------------------------------
  plain('b61c_sf_checkword', 'sf-express', AL.b62, 32, 'https://open.sf-express.com/Api/ApiDetails?level3=393&interName=%E4%B8%8B%E8%AE%A2%E5%8D%95%E6%8E%A5%E5%8F%A3-EXP_RECE_CREATE_ORDER (msgDigest = base64(md5(msgData + timestamp + checkWord)); partnerID is the customer code, checkWord the 32-character verification code)');
  plain('b61c_cainiao_secret_key', 'cainiao', AL.b62, 32, 'https://open.cainiao.com/ (CAINIAO LINK: data_digest = base64(md5(logistics_interface + secretKey)); logistic_provider_id / app key identifies the resource)');

  // ---------------------------------------------------------------------------------------------
  // Payments: Lianlian Pay (连连支付), Yeepay (易宝支付), Huifu (汇付天下 斗拱): RSA private keys as one-line
  // PKCS#8 base64, plus the older MD5/HMAC merchant keys
  // ---------------------------------------------------------------------------------------------
  def('b61c_lianlian_rsa_private_key', 'lianlianpay', true, 'https://open.lianlianpay.com/docs/development/signature-overview (merchant RSA private key, PKCS#8 base64 on one line, signs every request)', (r) => b64(pkcs8Rsa(r)));
  plain('b61c_lianlian_md5_key', 'lianlianpay', AL.b62, 32, 'https://open.lianlianpay.com/docs/development/signature-overview (legacy MD5 sign_type: the merchant MD5 key appended as &key=...)');
  def('b61c_yeepay_rsa_private_key', 'yeepay', true, 'https://open.yeepay.com/docs/platform/sdk_guide/rsa (isv private key, PKCS#8 base64 on one line, configured as isv.private.key in the SDK)', (r) => b64(pkcs8Rsa(r)));
  plain('b61c_yeepay_hmac_key', 'yeepay', AL.b62, 60, 'https://open.yeepay.com/docs (legacy merchant key, 商户密钥, the HMAC key of the old hmac-md5 interfaces: 60 alphanumerics)');
  def('b61c_huifu_rsa_private_key', 'huifu', true, 'https://paas.huifu.com/open/doc/guide/#/api_v2jqm (斗拱 merchant RSA private key, PKCS#8 base64 on one line: rsa_merch_private_key)', (r) => b64(pkcs8Rsa(r)));
  def('b61c_huifu_id', 'none', false, 'https://paas.huifu.com/open/doc/guide/ (huifu_id / sys_id: 16-digit merchant numbers, identifiers)', (r) => `6666000${r.str(AL.digit, 9)}`);

  // ---------------------------------------------------------------------------------------------
  // Tencent Cloud IM / TRTC: SDKAppID (public), the app's secret key (64 hex) that computes UserSig with HMAC-SHA256,
  // and UserSig itself: zlib-compressed JSON in base64 with + / = replaced by * - _ ("eJw..."), a login credential
  // ---------------------------------------------------------------------------------------------
  const TIM_DOC = 'https://cloud.tencent.com/document/product/269/32688 (UserSig = base64url*(zlib(JSON with TLS.sig = HMAC-SHA256 keyed by the app key)); the key is 64 hex, SDKAppID 1400xxxxxx)';
  def('b61c_tencent_im_sdkappid', 'none', false, `${TIM_DOC}; SDKAppID identifies the application and ships in clients`, (r) => `1400${r.str(AL.digit, 6)}`);
  plain('b61c_tencent_im_secret_key', 'tencent-im', AL.hex, 64, TIM_DOC);
  def('b61c_tencent_im_usersig', 'tencent-im', true, `${TIM_DOC}; a UserSig is a login credential valid until it expires (often 180 days)`,
    (r) => `eJw${r.str(AL.b62 + '*-', r.range(140, 170))}_`);

  // ---------------------------------------------------------------------------------------------
  // Agora (声网) RTC temporary tokens, AccessToken2: "007" + base64 of a zlib-compressed payload ("007eJx...")
  // ---------------------------------------------------------------------------------------------
  def('b61c_agora_rtc_token', 'agora', true, 'https://docs.agora.io/en/video-calling/get-started/authentication-workflow (AccessToken2: "007" + base64(zlib(signature, app id, issue ts, salt, services)); grants joining a channel until expiry)',
    (r) => `007eJx${r.str(AL.b64, r.range(150, 190))}`);

  // ---------------------------------------------------------------------------------------------
  // Baidu Maps (百度地图开放平台): AK (32 alphanumerics). Browser AKs sit in page script tags, restricted by a Referer
  // whitelist; server AKs (IP whitelist or SN check) and their SK are server secrets
  // ---------------------------------------------------------------------------------------------
  const BMAP_DOC = 'https://lbsyun.baidu.com/faq/api?title=webapi/appendix (ak parameter: 32 alphanumerics; server AKs verified by IP whitelist or by sn = MD5(urlencode(path?query + SK)))';
  def('b61c_baidu_map_browser_ak', 'none', false, `${BMAP_DOC}; a browser-side AK is loaded in <script src=...&ak=> by every visitor and protected by its Referer whitelist`, (r) => r.str(AL.b62, 32));
  plain('b61c_baidu_map_server_ak', 'baidu-maps', AL.b62, 32, BMAP_DOC);
  plain('b61c_baidu_map_sk', 'baidu-maps', AL.b62, 32, BMAP_DOC);

  // ---------------------------------------------------------------------------------------------
  // Amap / Gaode (高德开放平台): keys of 32 hex; Web JS API keys are public (paired with securityJsCode, which the
  // docs tell you to keep on a proxy server); Web service keys are server secrets
  // ---------------------------------------------------------------------------------------------
  const AMAP_DOC = 'https://lbs.amap.com/api/webservice/create-project-and-key (key: 32 hex) and https://lbs.amap.com/api/javascript-api-v2/guide/abc/jscode (securityJsCode: keep it behind an nginx proxy in production)';
  def('b61c_amap_js_key', 'none', false, `${AMAP_DOC}; the Web (JS API) key is loaded in every browser`, (r) => r.hex(32));
  plain('b61c_amap_web_service_key', 'amap', AL.hex, 32, AMAP_DOC);
  plain('b61c_amap_security_jscode', 'amap', AL.hex, 32, AMAP_DOC);

  // ---------------------------------------------------------------------------------------------
  // Aliyun SMS (阿里云短信服务): SignName and TemplateCode (SMS_ + digits) identify an approved signature and template
  // ---------------------------------------------------------------------------------------------
  def('b61c_aliyun_sms_template_code', 'none', false, 'https://help.aliyun.com/zh/sms/developer-reference/api-dysmsapi-2017-05-25-sendsms (TemplateCode such as SMS_153055065: an identifier of an approved template)', (r) => `SMS_${r.digits(9)}`);
};
