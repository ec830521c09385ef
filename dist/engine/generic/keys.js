"use strict";
/**
 * How strongly a key names a credential. A key is split into words (SCREAMING_SNAKE, kebab, dotted
 * and camelCase alike), and the words decide: `db_password` names a password, `api_key` a secret,
 * `password_file` or `token_url` name something about a secret, `hashed_secret` a digest of one.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.JOINED_OWNERS = void 0;
exports.keyWordsOf = keyWordsOf;
exports.keyQualifierIn = keyQualifierIn;
exports.judgeKey = judgeKey;
/**
 * Words of a key, lowercased: DB_PASSWORD, db.password and dbPassword all give db, password. The second
 * split (HTTPServer: http, server) looks ahead instead of matching the capitals before: V8's regexes
 * backtrack, and `([A-Z]+)([A-Z][a-z])` was quadratic in a run of capitals (keys are not bounded in length).
 */
function keyWordsOf(key) {
    // Accents go (`contraseña`, `lösenord`): the word tables hold the plain letters. Credential words in
    // Japanese, Korean and Chinese (`パスワード`, `비밀번호`, `密钥`) become their English words.
    const plain = /[^\x00-\x7f]/.test(key)
        ? key
            .replace(CJK_WORD, (w) => ` ${CJK_WORDS[w] ?? ''} `)
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .replace(/ł/g, 'l')
            .replace(/ø/g, 'o')
            .replace(/æ/g, 'ae')
        : key;
    const parts = plain
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ')
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean);
    // The last word that is not a number: only there does a credential word lose its own number.
    let last = parts.length - 1;
    while (last > 0 && /^\d+$/.test(parts[last]))
        last--;
    const words = [];
    for (const [i, w] of parts.entries()) {
        const lower = w.toLowerCase();
        // SF Express' `checkWord` (`check_word`, `CHECK_WORD`) is its signing secret: one word.
        if (lower === 'word' && words[words.length - 1] === 'check')
            words[words.length - 1] = 'checkword';
        // Vietnamese `mật khẩu` (`mat_khau`, `matKhau`) is a password; either word alone is another.
        else if (lower === 'khau' && words[words.length - 1] === 'mat')
            words[words.length - 1] = 'password';
        else
            words.push(FOREIGN_WORDS.get(lower) ?? (i === last ? unnumbered(lower) : lower));
    }
    return words;
}
/** A credential word numbered at the key's end (`password1`, imapsync's `--password2`, `apiKey2`, `LtpaToken2_9443`): the word without its number. A Luna client's `VirtualToken00Label` names a slot, not a token. */
function unnumbered(w) {
    const m = /^([a-z]{2,})\d{1,2}$/.exec(w);
    return m && (PASSWORD_WORDS.has(m[1]) || SECRET_WORDS.has(m[1]) || m[1] === 'key') ? m[1] : w;
}
/**
 * Credential words in Japanese, Korean and Chinese, read as English: a credential sheet's `パスワード`
 * or `비밀번호` column, `API キー`, `시크릿 키`. A keyword (`キーワード`, `키워드`) or a keyboard is not a key.
 */
const CJK_WORDS = {
    パスワード: 'password',
    パスフレーズ: 'passphrase',
    暗証番号: 'pin',
    シークレット: 'secret',
    トークン: 'token',
    秘密鍵: 'private key',
    認証情報: 'credentials',
    キー: 'key',
    비밀번호: 'password',
    비번: 'password',
    패스워드: 'password',
    시크릿: 'secret',
    토큰: 'token',
    인증키: 'key',
    키: 'key',
    密码: 'password',
    口令: 'password',
    密钥: 'secret key',
    秘钥: 'secret key',
    令牌: 'token',
};
const CJK_WORD = /パスワード|パスフレーズ|暗証番号|シークレット|トークン|秘密鍵|認証情報|キー(?!ワード|ボード)|비밀번호|비번|패스워드|시크릿|토큰|인증키|키(?!워드|보드)|密码|口令|密钥|秘钥|令牌/g;
/**
 * Credential words in other languages, read as their English (a spreadsheet's `Gizli Anahtar` column is a
 * secret key): Turkish, German, Polish, Portuguese, Spanish, French, Romanian, Swedish, Norwegian, Danish, Dutch,
 * Finnish and Indonesian (`kata sandi`, a password).
 */
const FOREIGN_WORDS = new Map([
    ['anahtar', 'key'],
    ['anahtari', 'key'],
    ['gizli', 'secret'],
    ['geheimnis', 'secret'],
    ['schlussel', 'key'],
    ['klucz', 'key'],
    ['chave', 'key'],
    ['chiave', 'key'],
    ['llave', 'key'],
    ['cle', 'key'],
    ['cheia', 'key'],
    ['credencial', 'credential'],
    ['credenciais', 'credentials'],
    ['credenciales', 'credentials'],
    ['nyckel', 'key'],
    ['nyckeln', 'key'],
    ['nokkel', 'key'],
    ['nokkelen', 'key'],
    ['nogle', 'key'],
    ['noglen', 'key'],
    ['sleutel', 'key'],
    ['avain', 'key'],
    ['kunci', 'key'],
    ['hemlighet', 'secret'],
    ['hemmelighet', 'secret'],
    ['hemmelighed', 'secret'],
    ['geheim', 'secret'],
    ['salaisuus', 'secret'],
    ['rahasia', 'secret'],
    ['sandi', 'password'],
]);
// A game server's remote-console password goes by `rcon` alone (`'rcon' => 'v'` in a server list, `rcon: v`).
// The word in other languages: Spanish, Portuguese, French (`mot de passe`), Dutch, Swedish, Norwegian, Danish, Finnish, Polish.
// biome-ignore format: a word table, kept as rows
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pswd', 'passphrase', 'pass', 'pw', 'psk', 'passcode', 'passwort', 'contrasena', 'clave', 'senha', 'motdepasse', 'passe', 'wachtwoord', 'losenord', 'losen', 'matkhau', 'passord', 'adgangskode', 'salasana', 'haslo', 'bindpw', 'rcon', 'sifre', 'parola', 'heslo']);
/** Words that name a secret by themselves (DLMS/COSEM meters' global unicast, broadcast and authentication keys among them; KG Inicis' `signKey`). */
// biome-ignore format: a word table, kept as rows
const SECRET_WORDS = new Set(['secret', 'secrets', 'token', 'apikey', 'credential', 'credentials', 'bearer', 'salt', 'privatekey', 'secretkey', 'accesskey', 'authtoken', 'accesstoken', 'refreshtoken', 'clientsecret', 'masterkey', 'signingkey', 'encryptionkey', 'sessionkey', 'appkey', 'licensekey', 'webhooksecret', 'dsn', 'privkey', 'presharedkey', 'guek', 'gak', 'gbek', 'passkey', 'signkey', 'checkword']);
/** Words that make a following `key` a credential key: api key, access key, private key. */
// biome-ignore format: a word table, kept as rows
const KEY_QUALIFIERS = new Set(['api', 'access', 'private', 'secret', 'auth', 'signing', 'encryption', 'master', 'session', 'account', 'app', 'license', 'client', 'shared', 'service', 'subscription', 'admin', 'server', 'hmac', 'jwt', 'aes', 'crypt', 'cipher', 'fernet', 'storage', 'primary', 'secondary', 'root', 'deploy', 'integration', 'partner', 'merchant', 'developer', 'dev', 'prod', 'live', 'wifi', 'wlan', 'wpa', 'symm', 'symmetric', 'authorization', 'authentication']);
/**
 * Words that make a following `token` something other than a credential: a page or a change marker
 * (AWS's NextToken, ChangeToken, LockToken), an idempotency key (ClientRequestToken), or a parser's
 * token (lastToken, startToken), or a shipment's tracking token (a marketplace order export's `tracking_token`).
 */
// biome-ignore format: a word table, kept as rows
const NOT_SECRET_TOKEN = new Set(['next', 'prev', 'previous', 'page', 'pagination', 'continuation', 'cursor', 'change', 'lock', 'request', 'idempotency', 'lifecycle', 'action', 'update', 'sync', 'last', 'first', 'start', 'end', 'peek', 'output', 'card', 'evaluation', 'tracking']);
/**
 * Words that make a following `key` a public one, shipped to browsers and apps: reCAPTCHA's site key,
 * Algolia's search key, Supabase's anon key, Segment's and RudderStack's write key, an OAuth 1 consumer
 * key (the secret is its consumer secret), a WooCommerce order key (it is in the customer's order links),
 * Application Insights' instrumentation key (Microsoft: not a secret, it ships in pages' scripts), Brightcove's
 * policy key (its players send it). A JavaScript, iOS, Android, mobile, widget or embed key is made to
 * ship inside a page or an app (Iterable's JS key, Intercom's iOS key, LaunchDarkly's mobile key): its
 * server-side sibling is the secret.
 */
const PUBLIC_KEY_QUALIFIERS = new Set([
    // Brazil's Pix key is the address a payer sends money to (an e-mail, a phone number or a random UUID).
    'pix',
    'site',
    'search',
    'anon',
    'consumer',
    'browser',
    'write',
    'order',
    'instrumentation',
    'policy',
    'js',
    'javascript',
    'ios',
    'android',
    'mobile',
    'widget',
    'embed',
    // GameAnalytics' game key identifies the game in every client build; its secret key signs the events.
    'game',
]);
/** Encodings a key is written in, named after it (`key_hex`). */
const KEY_ENCODINGS = new Set(['hex', 'b64', 'base64']);
/**
 * Providers whose "API key" or "app key" is the public half of a pair, the secret being its API secret:
 * Shopify's API key is the app's client id, Pusher's app key ships to browsers, Cloudinary's and
 * Mailjet's API keys name the account, GoDaddy's API key pairs with its API secret (acme.sh's GD_Key),
 * Zoom's API and SDK keys are its client ids (the SDK key goes to browsers inside every session JWT),
 * Amplitude's API key ships in its browser and mobile SDKs (the secret key is the other half), Yotpo's app
 * key is the store's id in its widgets, Pinata's API key pairs with its API secret, FedEx's API key is the
 * OAuth client id, Fireblocks' API key names the key whose RSA private key signs each request, and Bókun's
 * access key and Hotelbeds' API key travel in clear beside the signature their secret makes; Matterport's SDK
 * key ships in its embeds, Kraken's API key names the key its private key signs for, and Grubhub's partner
 * key is sent in clear beside the MAC its secret key makes; Veriff's API key goes to its browser and mobile
 * SDKs (the shared secret signs), and Datto's API key is the user name its API secret key goes with;
 * eWAY's Rapid API key is the Basic auth user name its API password goes with, and MYOB's API key is the
 * OAuth client id every call sends in clear as `x-myobapi-key` (the API secret is the secret); Purolator's
 * E-Ship web services key is the Basic auth user name its key password goes with.
 */
const PUBLIC_HALF = new Set([
    'shopify',
    'pusher',
    'cloudinary',
    'mailjet',
    'godaddy',
    'gd',
    'zoom',
    'amplitude',
    'yotpo',
    'pinata',
    'fedex',
    'fireblocks',
    'bokun',
    'hotelbeds',
    'matterport',
    'kraken',
    'grubhub',
    'veriff',
    'datto',
    'rapyd',
    'jpush',
    'jiguang',
    'umeng',
    'qiniu',
    'eway',
    'myob',
    'purolator',
    'yapily',
]);
/** Words that make a public-half provider's key its secret half (`AMPLITUDE_SECRET_KEY`, `PUSHER_APP_SECRET_KEY`, a signing key). */
const SECRET_HALF = new Set(['secret', 'private', 'hmac', 'signing', 'webhook', 'master']);
/** Providers whose client token is embedded in apps and pages: Meta's (Facebook's), Datadog's (browser logs and RUM) and Rollbar's (post_client_item). */
const CLIENT_TOKEN_PROVIDERS = new Set(['facebook', 'fb', 'meta', 'datadog', 'dd', 'rollbar']);
/** Providers whose client key is the public one an SDK in the browser or an app sends: GrowthBook's `sdk-…` client key. */
const CLIENT_KEY_PROVIDERS = new Set(['growthbook', 'gb']);
/** What a Phoenix or Plug salt is named after (`live_view_signing_salt`, `session_encryption_salt`). */
const SALT_OWNERS = new Set(['live', 'view', 'session', 'cookie', 'csrf', 'token', 'socket', 'endpoint']);
/** Providers whose plain "token" is a client-side project token or a user name: Mixpanel's (its API secret is the secret), Jumio's API token and Alloy's workflow token (each the Basic auth user; the secret is the password), Socrata's app token (it raises rate limits and authenticates nothing). */
const PUBLIC_TOKEN = new Set(['mixpanel', 'jumio', 'alloy', 'socrata']);
/**
 * Words that make a following `key` a record's key, not a credential: RESO's Data Dictionary names its records'
 * ids ListingKey, ListAgentKey, MediaKey; databases have primary, foreign, partition and sort keys; Ontario's
 * health ministry gives each certified program a software conformance key that names the program.
 */
// biome-ignore format: a word table, kept as rows
const RECORD_KEY_QUALIFIERS = new Set(['listing', 'media', 'member', 'office', 'openhouse', 'property', 'showing', 'parcel', 'foreign', 'partition', 'sort', 'row', 'record', 'dedup', 'dedupe', 'idempotency', 'cache', 'lookup', 'conformance']);
/** RESO's keys of a listing's agents, offices and teams (`ListAgentKey`, `CoBuyerOfficeKey`). */
const RESO_MEMBER_KEY = /^(?:List|Buyer|CoList|CoBuyer)(?:Agent|Office|Team)Key$/;
/** Key names whose value is the public half of a pair, by name: the Gradle Plugin Portal's `gradle.publish.key` (its `.secret` is secret). */
const PUBLIC_KEY_NAMES = new Set(['gradle.publish.key', 'gradle_publish_key', 'GRADLE_PUBLISH_KEY']);
/** Joined spellings of qualified keys (apikey, accesskey; securecookie's hashkey and blockkey, as the Nextcloud Talk signaling server names them) count as the pair. */
const JOINED = /^(api|access|private|secret|auth|signing|encryption|master|session|account|app|license|client|shared|service|subscription|admin|hash|block)(key|token|secret)$/;
/**
 * Last words that name something about a secret, not the secret: where it is, what it is called,
 * how long it lives, its digest. `password_file`, `token_url`, `api_key_id`, `secret_name`.
 */
// biome-ignore format: a word table, kept as rows
const ABOUT_WORDS = new Set([
    'file', 'files', 'path', 'dir', 'directory', 'name', 'names', 'url', 'uri', 'endpoint', 'host', 'hostname', 'port', 'user', 'username', 'login', 'email',
    'id', 'ids', 'guid', 'uuid', 'type', 'types', 'length', 'len', 'size', 'ttl', 'expiry', 'expires', 'expiration', 'expired', 'timeout', 'version', 'prefix', 'suffix',
    'header', 'headers', 'field', 'fields', 'env', 'var', 'variable', 'count', 'enabled', 'enable', 'disabled', 'required', 'policy', 'format', 'mode', 'label',
    'hint', 'rotation', 'scope', 'scopes', 'algorithm', 'alg', 'store', 'manager', 'provider', 'source', 'kind', 'class', 'template', 'ref', 'reference',
    'arn', 'location', 'regex', 'pattern', 'placeholder', 'description', 'desc', 'text', 'message', 'msg', 'title', 'error', 'errors', 'min', 'max',
    'rule', 'rules', 'validator', 'validation', 'strength', 'reset', 'changed', 'updated', 'created', 'at', 'date', 'time', 'timestamp', 'index', 'column',
    'param', 'parameter', 'params', 'query', 'input', 'selector', 'button', 'icon', 'link', 'page', 'route', 'callback', 'handler', 'function', 'method',
    'flag', 'option', 'options', 'confirmation', 'confirm', 'repeat', 'policy', 'lifetime', 'duration', 'interval', 'age', 'limit', 'key_id', 'keyid', 'parameters',
    'fingerprint', 'digest', 'hash', 'checksum', 'sum', 'generator', 'factory', 'service', 'client', 'keys', 'tokens', 'secrets', 'passwords', 'list',
    'storage', 'cache', 'sha', 'sha1', 'sha256', 'md5', 'json', 'yaml', 'yml', 'xml', 'txt', 'pem', 'crt', 'cert', 'certificate', 'dn', 'issuer', 'audience',
    'stdin', 'gen', 'hasher', 'hashers', 'budget', 'budgets', 'check', 'checker', 'helper', 'command', 'cmd', 'script', 'policy', 'strategy', 'name',
    'usage', 'usages', 'quota', 'counter', 'position', 'offset', 'start', 'end', 'state', 'status', 'ok', 'valid', 'invalid', 'visible', 'hidden', 'shown',
    'namespace', 'identity', 'encryption', 'scheme', 'hashing', 'mechanism', 'users', 'filepath', 'filename', 'pathname', 'units', 'validity',
    'config', 'configuration', 'configurations', 'settings', 'domain', 'domains', 'realm',
]);
/** The last words that make `cipher` name the encryption's own secret. */
const CIPHER_CREDENTIAL = new Set(['pass', 'password', 'passphrase', 'key', 'secret']);
/** Words anywhere in the key that say the value is not a secret: a digest, a public half, an encrypted blob, who may read it (AD's `PrincipalsAllowedToRetrieveManagedPassword`). */
// biome-ignore format: a word table, kept as rows
const NEUTRALISING = new Set(['existing', 'external', 'load', 'hash', 'hashed', 'digest', 'checksum', 'fingerprint', 'public', 'pub', 'publishable', 'encrypted', 'sealed', 'cipher', 'ciphertext', 'sha1', 'sha256', 'sha512', 'md5', 'integrity', 'nonce', 'csrf', 'xsrf', 'i18n', 'l10n', 'translation', 'label', 'placeholder', 'tooltip', 'idempotency', 'fake', 'dummy', 'mock', 'ssid', 'sha2', 'sha384', 'pbkdf2', 'bcrypt', 'scrypt', 'argon2', 'principals']);
/** The word of a mapping's name that qualifies a bare `key` under it (`Jwt`, `ApiSettings`: jwt, api), or undefined. */
function keyQualifierIn(name) {
    return keyWordsOf(name).find((w) => KEY_QUALIFIERS.has(w));
}
/** Judges a key; strength 0 means the key does not name a credential. */
function judgeKey(key) {
    const words = keyWordsOf(key);
    if (words.length === 0)
        return { kind: 'secret', strength: 0, reason: 'no key' };
    const last = words[words.length - 1];
    // Neutralising words have exceptions (neutralisingExcepted): a hash's salt, a cipher's pass, Kibana's encryption key.
    for (const [i, w] of words.entries())
        if (NEUTRALISING.has(w) && !neutralisingExcepted(words, i))
            return { kind: 'secret', strength: 0, reason: `key says "${w}"` };
    // Django's `csrftoken` cookie, Angular's `xsrftoken`: a form's anti-forgery nonce, joined up.
    if (/^[cx]srf/.test(last))
        return { kind: 'secret', strength: 0, reason: `key says "${last.slice(0, 4)}"` };
    // Sec-WebSocket-Key is a handshake nonce (RFC 6455), split as web, socket, key.
    if (/websocket/i.test(key.replace(/[^A-Za-z]/g, '')))
        return { kind: 'secret', strength: 0, reason: 'a WebSocket handshake nonce' };
    // A domain's EPP transfer code (RFC 5731's authInfo, a registrar's `Auth Code (EPP)`): it moves the domain away.
    if (words.includes('epp') && words.some((x) => x === 'code' || x === 'auth' || x === 'authinfo'))
        return { kind: 'password', strength: 3, reason: 'an EPP transfer authorization code', word: 'code' };
    // A credential word followed by a word about it: password_file, token_url, api_key_id.
    const credAt = credentialIndex(words);
    // A name that ends in `refresh` alone (`QT_REFRESH`, `REFRESH`) names a refresh token; loose, so only a token's shape counts (not `AUTO_REFRESH=true`).
    if (credAt < 0 && last === 'refresh')
        return { kind: 'secret', strength: 2, reason: "a refresh token's name", loose: true };
    // A setting's name in capitals that ends in `hmac` (`DOCUSIGN_CONNECT_HMAC`) names the HMAC key; loose, so only a key's
    // shape counts (not `HMAC_ALG=sha256`). A record's field (`"webhook_hmac": …` in a payment) holds a signature.
    if (credAt < 0 && last === 'hmac' && words.length > 1 && /^[A-Z][A-Z0-9_]*_HMAC$/.test(key))
        return { kind: 'secret', strength: 2, reason: "an HMAC key's name", loose: true };
    if (credAt < 0)
        return { kind: 'secret', strength: 0, reason: 'key names no credential' };
    // Cloudflare's Workers secret (`secret_text` in its API and Terraform state) is the value itself, not a label's text.
    if (words.length === 2 && words[0] === 'secret' && last === 'text')
        return { kind: 'secret', strength: 3, reason: 'a secret text (a Workers secret)' };
    if (credAt < words.length - 1 && ABOUT_WORDS.has(last))
        return { kind: 'secret', strength: 0, reason: `key names the ${last} of a credential` };
    // A qualified plural in snake case (`APP_KEYS`) lists the keys themselves (credentialIndex takes it only
    // so); joined (`AdminAPIKeys`) or as a module path (`.admin_api_keys`) it names a class or a module of an SDK.
    if (words[credAt] === 'keys' && !/^(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)$/.test(key))
        return { kind: 'secret', strength: 0, reason: 'key names no credential' };
    const w = words[credAt] === 'keys' ? 'key' : words[credAt];
    if ((w === 'token' || w === 'tokens') && credAt > 0 && NOT_SECRET_TOKEN.has(words[credAt - 1]))
        return { kind: 'secret', strength: 0, reason: `key names a ${words[credAt - 1]} token, not a credential` };
    if (w === 'pin')
        return { kind: 'password', strength: 3, reason: `password key (${words[credAt - 1]} pin)`, word: w };
    if (w === 'sk')
        return { kind: 'secret', strength: 2, reason: 'sk (a secret key)', loose: true };
    if (w === 'pop')
        return { kind: 'password', strength: 3, reason: 'a provisioning proof of possession', word: w };
    if (w === 'verifier')
        return { kind: 'secret', strength: 3, reason: "a webhook's verifier token", word: w };
    // Trino's and Presto's `http-server.https.keystore.key` is the keystore's password.
    if (w === 'key' && credAt === words.length - 1 && words[credAt - 1] === 'keystore')
        return { kind: 'secret', strength: 3, reason: "a keystore's key (its password)", word: w };
    // A bare `pass` or `pw` is ambiguous (a test that passes); qualified (smtp_pass, db_pw) it is a password.
    if (isPasswordWord(w))
        return { kind: 'password', strength: (w === 'pass' || w === 'pw') && credAt === 0 ? 2 : 3, reason: `password key (${w})`, word: w };
    // `searchOnlyKey`: the qualifier may come before `only`; Algolia's is also a search (only) API key.
    const qualifier = words[credAt - 1] === 'only' ? words[credAt - 2] : words[credAt - 1];
    if (w === 'key' && credAt > 0 && PUBLIC_KEY_QUALIFIERS.has(qualifier))
        return { kind: 'secret', strength: 0, reason: `a ${qualifier} key is public` };
    // An app key for a native or JavaScript client (Kakao's `native_app_key`) ships inside the app.
    const client = words[credAt - 2];
    if (w === 'key' && qualifier === 'app' && (client === 'native' || PUBLIC_KEY_QUALIFIERS.has(client)))
        return { kind: 'secret', strength: 0, reason: `a ${client} app key is public` };
    const api = w === 'apikey' ? credAt : w === 'key' && words[credAt - 1] === 'api' ? credAt - 1 : -1;
    if (api > 0 && (words[api - 1] === 'search' || (words[api - 1] === 'only' && words[api - 2] === 'search')))
        return { kind: 'secret', strength: 0, reason: 'a search key is public' };
    // A bare web API key (`WEB_API_KEY`) is the one a site's own JavaScript sends (Resy's, Firebase's): public by
    // design. A provider's (`steam_webApiKey`) is that provider's Web API key, a secret.
    if (api === 1 && words[0] === 'web')
        return { kind: 'secret', strength: 0, reason: 'a web API key ships to browsers' };
    // The words before the credential word: the provider, and whether the key names the secret half.
    const before = words.slice(0, credAt);
    if ((w === 'key' || w === 'apikey' || w === 'appkey') && before.some((x) => PUBLIC_HALF.has(x)) && !before.some((x) => SECRET_HALF.has(x)))
        return { kind: 'secret', strength: 0, reason: "the provider's API key is the public half of a pair" };
    // Memfault's project key is compiled into every device's firmware to upload chunks (its user API key is the secret).
    if (w === 'key' && before.includes('memfault') && before.includes('project'))
        return { kind: 'secret', strength: 0, reason: "Memfault's project key ships in device firmware" };
    if (w === 'token' && before.some((x) => PUBLIC_TOKEN.has(x)) && !before.some((x) => SECRET_HALF.has(x)))
        return { kind: 'secret', strength: 0, reason: "the provider's plain token is a project token or a user name" };
    // Meta's and Datadog's client tokens ship inside apps and pages by design (Vault's client_token is no such thing).
    if (w === 'token' && words[credAt - 1] === 'client' && before.some((x) => CLIENT_TOKEN_PROVIDERS.has(x)))
        return { kind: 'secret', strength: 0, reason: "the provider's client token is public" };
    if (w === 'key' && words[credAt - 1] === 'client' && before.some((x) => CLIENT_KEY_PROVIDERS.has(x)))
        return { kind: 'secret', strength: 0, reason: "the provider's client key is public" };
    // CodePush's deployment key is compiled into the app it updates: it names the deployment, it signs nothing.
    if (w === 'key' && words[credAt - 1] === 'deployment' && before.includes('codepush'))
        return { kind: 'secret', strength: 0, reason: "CodePush's deployment key ships in the app" };
    // Shopify's Storefront API token is public by design (browsers send it); Hydrogen's private one is not.
    if (w === 'token' && words.includes('storefront') && !words.includes('private'))
        return { kind: 'secret', strength: 0, reason: 'a public Storefront API token' };
    // python-social-auth's SOCIAL_AUTH_<BACKEND>_KEY is the OAuth client id; its _SECRET is the secret.
    if (w === 'key' && credAt === words.length - 1 && words[0] === 'social' && words[1] === 'auth')
        return { kind: 'secret', strength: 0, reason: "python-social-auth's key is the client id" };
    // Cypress Cloud's record key (and Currents', which takes the same) uploads test runs: a credential, not a row's key.
    const recordsRuns = words[credAt - 1] === 'record' && (credAt === 1 || before.some((x) => x === 'cypress' || x === 'currents'));
    if (w === 'key' && credAt > 0 && !recordsRuns && (RECORD_KEY_QUALIFIERS.has(words[credAt - 1]) || RESO_MEMBER_KEY.test(key)))
        return { kind: 'secret', strength: 0, reason: `a ${words[credAt - 1]} key names a record` };
    if (PUBLIC_KEY_NAMES.has(key))
        return { kind: 'secret', strength: 0, reason: "the key is the public half of the provider's key and secret" };
    // Plug's and Phoenix's cookie salts (`signing_salt`, `encryption_salt`) ship in the generated config.exs:
    // the secret is secret_key_base, which the salt is only mixed with. A product's own (`APPSMITH_ENCRYPTION_SALT`,
    // mixed with its encryption password) is set per install and kept with it.
    if (w === 'salt' && credAt === words.length - 1 && (words[credAt - 1] === 'signing' || words[credAt - 1] === 'encryption') && words.slice(0, credAt - 1).every((x) => SALT_OWNERS.has(x)))
        return { kind: 'secret', strength: 0, reason: 'a cookie salt is mixed with the secret key base, not a secret itself' };
    // A WS-Security BinarySecurityToken (ZATCA's CSID among them) carries an X.509 certificate, public by design.
    if (w === 'token' && words[credAt - 1] === 'security' && words[credAt - 2] === 'binary')
        return { kind: 'secret', strength: 0, reason: 'a binary security token is a certificate' };
    // Bridge Interactive's browser token is domain-restricted and meant for front-end code.
    if (w === 'token' && words[credAt - 1] === 'browser')
        return { kind: 'secret', strength: 0, reason: 'a browser token is public' };
    // A key spelled out in an encoding (`key_hex`, `key_b64`: a keyloader export's column, a cipher's config) is key material.
    if (w === 'key' && credAt === words.length - 2 && KEY_ENCODINGS.has(last))
        return { kind: 'secret', strength: 3, reason: `a key in ${last}`, material: true };
    if (w === 'key') {
        const strength = credAt > 0 && KEY_QUALIFIERS.has(words[credAt - 1]) ? 3 : credAt > 0 ? 2 : 1;
        return { kind: 'secret', strength, reason: credAt > 0 ? `${words[credAt - 1]} key` : 'bare "key"', loose: strength < 3, qualifier: words[credAt - 1] };
    }
    // Matomo's `token_auth` is the token itself: the auth word after a credential word qualifies it.
    if (w === 'auth' && credAt > 0 && isSecretWord(words[credAt - 1]))
        return { kind: 'secret', strength: 3, reason: `secret key (${words[credAt - 1]})`, word: words[credAt - 1] };
    if (w === 'auth')
        return { kind: 'secret', strength: 1, reason: 'auth key' };
    // SKYLIGHT_AUTHENTICATION=…: an agent's token, but `authentication: oauth2` names a method (and a word alone, prose).
    if (w === 'authentication')
        return { kind: 'secret', strength: words.length > 1 ? 1 : 0, reason: 'authentication key', loose: true };
    // A provider's own authorization header or variable holds its key alone (PlayFab's `X-Authorization:
    // <session ticket>`, Redocly's `REDOCLY_AUTHORIZATION`); a bare `Authorization` is the header rules' to read.
    if (w === 'authorization')
        return { kind: 'secret', strength: words.length > 1 ? 1 : 0, reason: 'authorization key', loose: true };
    return { kind: 'secret', strength: 3, reason: `secret key (${w})`, word: w };
}
/**
 * A neutralising word that does not neutralise here: a hash's salt and a public link's salt are secrets
 * of their own (Drupal's `hash_salt`, Mattermost's `PublicLinkSalt`); a cipher's pass (pgBackRest's
 * `repo1-cipher-pass`) and the key that encrypts saved objects (Kibana's) are no ciphertext; Label Studio
 * is a product (`LABEL_STUDIO_PASSWORD`), not a form's label; an external service's secret is a secret.
 */
function neutralisingExcepted(words, i) {
    const w = words[i];
    const last = words[words.length - 1];
    const encryptionKey = last === 'encryptionkey' || (last === 'key' && words[words.length - 2] === 'encryption');
    if (last === 'salt' && (w.startsWith('hash') || w === 'public'))
        return true;
    if (w === 'cipher' && CIPHER_CREDENTIAL.has(last))
        return true;
    if (w === 'encrypted' && encryptionKey)
        return true;
    // A routing protocol's MD5 authentication key (OSPF's `md5_key`, BGP's `md5_password`) is the key itself, not a digest.
    if (w === 'md5' && i < words.length - 1 && (last === 'key' || last === 'secret' || isPasswordWord(last)))
        return true;
    // Prosody's external_service_secret is the TURN server's shared secret, not a reference to one kept elsewhere.
    if (w === 'external' && words[i + 1] === 'service' && last === 'secret')
        return true;
    // external-dns reads its providers' credentials from EXTERNAL_DNS_<PROVIDER>_API_KEY: the tool's name, not a reference.
    if (w === 'external' && words[i + 1] === 'dns')
        return true;
    // A hash secret (VNPAY's `vnp_HashSecret`, `HASH_SECRET`) is the key a signature's hash is made with.
    if (w === 'hash' && words[i + 1] === 'secret' && i + 1 === words.length - 1)
        return true;
    return w === 'label' && words[i + 1] === 'studio';
}
/**
 * What a joined `pass` or `pw` is the password of (`dbpass`, `smtppass`, keytool's `storepass` and `keypass`,
 * OpenLDAP's `confpass`, a batch file's `set TASKPASS=` and `set RUNPW=`: the account a task runs as). An RE2
 * alternation: sources.ts builds the keys it extracts from it too.
 */
exports.JOINED_OWNERS = 'db|my|admin|root|user|smtp|mail|ftp|sftp|sql|mysql|pg|redis|mongo|ldap|proxy|vault|ssh|sudo|keystore|store|key|wifi|bind|conf|rpc|task|run|svc|service|vpn|smb|nas|backup|domain|local';
const OWNED_PASS = new RegExp(`^(?:${exports.JOINED_OWNERS})(?:pass|pw)$`);
/** A word naming a password, joined spellings included: dbpassword, mysqlpwd, smtppass, FreePBX's ampdbpass and ampmgrpass. */
function isPasswordWord(w) {
    // The shell's OLDPWD is the previous working directory.
    if (w === 'oldpwd')
        return false;
    return PASSWORD_WORDS.has(w) || /(password|passwd|passphrase|pwd)$/.test(w) || OWNED_PASS.test(w) || /^[a-z]{2,8}(db|mgr)pass$/.test(w);
}
/** A word naming a secret, joined spellings included: githubtoken, stripesecret, sendgridapikey, Moodle's passwordsaltmain, Duo's skey and LoRaWAN's NwkSKey and AppSKey. */
function isSecretWord(w) {
    return SECRET_WORDS.has(w) || JOINED.test(w) || /(token|secret|apikey|accesskey|privatekey|secretkey|secretsalt|secretboxkey|passwordsalt|passwordsaltmain)$/.test(w) || /^(?:nwk|app)?skey$/.test(w);
}
/** Qualifiers under which a last word `keys` is a list of the credentials themselves (Strapi's APP_KEYS, API_KEYS=k1,k2). */
const PLURAL_KEY_QUALIFIERS = new Set(['api', 'app', 'secret', 'access', 'signing', 'encryption', 'session', 'master', 'auth']);
/** Words before `pin` that make it a secret PIN. */
const PIN_QUALIFIERS = new Set([
    'partition',
    'so',
    'user',
    'hsm',
    'pkcs11',
    'luna',
    'card',
    'smartcard',
    'crypto',
    'slot',
    'token',
    'admin',
    'officer',
    'cert',
    'certificate',
    'keystore',
    'pfx',
    'p12',
]);
/**
 * Words before `pat` that make it a personal access token: the services that issue PATs, and `personal`,
 * `access`, `ci`. In code `_PAT` is mostly a pattern (`MODULE_PAT`, `GROUP_PAT`), so nothing else counts.
 */
// biome-ignore format: a word table, kept as rows
const PAT_ISSUERS = new Set(['gandi', 'digitalocean', 'linode', 'vercel', 'netlify', 'cloudflare', 'cf', 'sentry', 'heroku', 'dnsimple', 'hetzner', 'hcloud', 'tfe', 'pulumi', 'snyk', 'jfrog', 'artifactory', 'grafana', 'supabase', 'github', 'gh', 'gitlab', 'gl', 'osf', 'azure', 'ado', 'devops', 'bitbucket', 'bamboo', 'gitea', 'forgejo', 'hf', 'huggingface', 'figma', 'npm', 'docker', 'dockerhub', 'quay', 'sonar', 'sonarqube', 'circleci', 'atlassian', 'jira', 'confluence', 'notion', 'airtable', 'databricks', 'snowflake', 'pagerduty', 'tfc', 'personal', 'access', 'ci', 'bot', 'deploy', 'admin', 'service', 'api', 'zenodo', 'figshare', 'synapse', 'overleaf', 'oura']);
/** Words of PAT_ISSUERS that qualify a token without naming its issuer: they count only right before `pat`. */
const PAT_QUALIFIERS = new Set(['personal', 'access', 'ci', 'bot', 'deploy', 'admin', 'service', 'api']);
/** Index of the last word that names a credential, or -1. */
function credentialIndex(words) {
    for (let i = words.length - 1; i >= 0; i--) {
        const w = words[i];
        if (w === 'keys' && i === words.length - 1 && i > 0 && PLURAL_KEY_QUALIFIERS.has(words[i - 1]))
            return i;
        // The PIN of an HSM partition, a PKCS#11 token or a smart card: a password (`partition-pin`, `so_pin`); not a GPIO pin (`led_pin`).
        if (w === 'pin' && i === words.length - 1 && i > 0 && PIN_QUALIFIERS.has(words[i - 1]))
            return i;
        // A personal access token (`GITHUB_PAT`, `OSF_PAT`), not a pattern (`MODULE_PAT`).
        // The issuer may come earlier in the name: `APP_OURA__DOGFOOD_PAT` (a settings prefix, the issuer, whose token).
        if (w === 'pat' && i === words.length - 1 && i > 0 && (PAT_ISSUERS.has(words[i - 1]) || words.slice(0, i - 1).some((q) => PAT_ISSUERS.has(q) && !PAT_QUALIFIERS.has(q))))
            return i;
        // An access key's `sk` (Baidu's `.bce/credentials`, Huawei OBS's `obs.sk`): the secret half beside `ak`.
        if (w === 'sk' && i === words.length - 1)
            return i;
        // Intuit's webhook verifier token (`QBO_WEBHOOK_VERIFIER`): the HMAC key webhook payloads are signed with.
        if (w === 'verifier' && i === words.length - 1 && i > 0 && words[i - 1] === 'webhook')
            return i;
        // ESP-IDF's Wi-Fi provisioning proof of possession (`prov_pop`): the secret a phone proves to provision the device.
        if (w === 'pop' && i === words.length - 1 && i > 0 && (words[i - 1] === 'prov' || words[i - 1] === 'provisioning'))
            return i;
        if (isPasswordWord(w) || isSecretWord(w) || w === 'key' || w === 'auth' || ((w === 'authentication' || w === 'authorization') && i === words.length - 1))
            return i;
    }
    return -1;
}
