"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.APP_PASSWORD_SHAPE = void 0;
exports.judgeValue = judgeValue;
/**
 * What a value assigned to a credential key looks like: a reference to a secret kept elsewhere, a
 * placeholder, prose, a version or dependency spec, a digest, an identifier, or something that could
 * be the secret itself, and then how random it looks. A veto ends the judgement; otherwise the score
 * joins the key's and the file's in score.ts.
 */
const entropy_1 = require("../entropy");
const placeholders_1 = require("../placeholders");
const public_keys_1 = require("../public-keys");
const validators_1 = require("../validators");
const REFERENCE = [
    /^\$|^%(?:[A-Za-z_][\w.]*%(?:$|[\\/:;])|[({]|[a-z](?![A-Za-z0-9*#!^&+=~]))/, // $VAR, ${VAR}, $(cmd), %VAR%, %VAR%\dir, %(name)s, %{var}, %s; not a generated password's leading % (`%0ZV0J…`, `%qD4oi…`, `%hCVPKbx%.FT5…`)
    /^[@#]\{/, // @{var}, #{ruby}
    /^\\{1,2}\$\{?[A-Za-z_]/, // \$VAR: a shell variable escaped inside a Groovy or Make string (`-Dsonar.token=\$SONAR_TOKEN`), or in a string holding that script (`\\$`)
    /^\\["'][$%]/, // a variable quoted inside a string: "\"$token\"" (git's fsmonitor-watchman hook)
    // templates, format placeholders (`{name}`, `{token[:3]}`); not SAS's encoding tag (`{SAS002}8CE7…`, PROC PWENCODE's output)
    /\{\{|\}\}|<%|%>|\$\{|\{(?!sas00\d\})[A-Za-z_][\w.]*(?:\}|\[[^\]]*\][^}]*\})/i,
    /(process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv\(|System\.getenv|ENV\[|ENV\.fetch|Deno\.env|env\(|config\(|settings\.|secrets\.|vars\.)/,
    /^(vault|op|sm|ssm|gcpsm|awssm|azkv|akv|doppler|infisical|bws|keyvault|keychain|keyring|secretsmanager|file|env|credentialsJSON):/i,
    /^arn:aws:/i,
    /^env\/[A-Z_][A-Z0-9_]*$/, // octoDNS's environment reference (`api_key: env/NS1_API_KEY`)
    /^<<[A-Za-z_][\w.]*>>$/, // a Tines formula's reference (`<<CREDENTIAL.urlscan>>`)
    /^(?:kv|secrets?)\/(?:data\/)?[\w.-]+(?:\/[\w.-]+)*(?::[\w.-]+)?$/, // a Vault KV path (`secret=kv/data/app:client_secret` in a lookup)
    /^projects\/[^/]+\/secrets\//,
    /^@vault(?:_path)?[ \t:]+[\w.-]+\//i, // a config loader's Vault directive (`"@vault_path secret/data/app#key"`)
    /^AT-\d{4}-\d{4}$/, // Pay.'s token code (its AT-code): the API user name, sent beside the API token
    /^@Microsoft\.KeyVault/i,
    /^(ENC\[|!vault|\$ANSIBLE_VAULT|AQICA|-----BEGIN (PGP MESSAGE|ENCRYPTED))/,
    /^gAAAAAB[A-Za-z0-9_-]{60,}={0,2}$/, // a Fernet token (Airflow's encrypted connection fields; the fernet_key is the secret)
    /^01000000D08C9DDF0115D1118C7A00C04FC297EB/i, // a DPAPI blob in hex (an .rdp file's `password 51:b:`): only its Windows profile decrypts it
    /^!\[[A-Za-z0-9+/]{8,}={0,2}\]$/, // a Mule secure property's ciphertext (`![…]`, the mule.key system property decrypts it)
    /^\{[A-Za-z0-9+/]{8,}={0,2}\}$/, // Maven's encrypted password (`{…=}`, settings-security.xml holds its key)
    /^\d:\d:[A-Za-z0-9+/]{16,}={0,2}$/, // Magento's encrypted config value (`0:3:…`, app/etc/env.php holds its key)
    /^AQAAANCMnd8BFdERjHoAwE\/Cl\+sB/, // a Windows DPAPI blob (NuGet.config's encrypted password: only that user profile decrypts it)
    /^2\.[A-Za-z0-9+/]{22}==\|[A-Za-z0-9+/]{16,}={0,2}\|[A-Za-z0-9+/]{43}=$/, // a Bitwarden EncString (2.iv|ciphertext|mac: only the vault's key decrypts it)
    /^Ag[A-D][A-Za-z0-9+/]{300,}={0,2}$/, // a SealedSecret's ciphertext (a 2-byte length of the RSA-wrapped session key, 512 for RSA-4096, then AES-GCM)
    /^`[^`]+`$/, // a command's output (`pass show mail/noc`), as muttrc and shell configs substitute it
    /^encrypted(?:File)?:[a-z0-9-]+!/, // a Spinnaker (Kork) secret reference (`encrypted:k8s!n:spin-secrets!k:artifactory-password`)
    /^classpath\*?:/, // a Spring resource (`classpath:homegraph-stg.json`)
    /lookup\(|secretKeyRef|valueFrom|fromSecret|SecretString|readFileSync|open\(/,
];
const PROSE_WORD = /^[\p{L}][\p{L}'’-]*[.,!?:;]?$/u;
const DEPENDENCY = /^(file|link|github|gitlab|bitbucket|npm|jsr|git|git\+[a-z]+|workspace|portal|patch|catalog|exec):/i;
/** The rest of a Maven or Gradle coordinate after its group (`"io.jsonwebtoken:jjwt-api:0.12.5"`): artifact:version. */
const COORDINATE = /^[A-Za-z][\w.-]*:\d+(\.\d+)+[\w.+-]*$/;
const VERSION = /^[~^<>=v ]*\d+(\.(\d+|x|\*)){1,3}([-+][\w.-]+)?( *(\|\||-) *[~^<>=v ]*\d+(\.\d+){0,3})*$/;
const DIGEST_HEX = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i;
/**
 * Password hashes: crypt(3) and PHC strings, Django's `pbkdf2_sha256$iterations$salt$hash`, SRI digests, LDAP schemes, Tomcat's
 * `salt$iterations$digest` (MessageDigestCredentialHandler), Transmission's `{` + SHA-1 + 8-character salt, Qt's `@ByteArray(salt:hash)` (qBittorrent),
 * the `hmac-sha256:` digests that Vault's audit devices write in place of every secret they log, and Yamcs' PBKDF2
 * `iterations:salt:hash` in hex.
 */
// MySQL's mysql_native_password hash (`*` and 40 hex, as ProxySQL and CREATE USER … AS keep it) is a verifier too.
const PASSWORD_HASH = /^(\$(2[abxy]?|argon2(id|i|d)|scrypt|pbkdf2[-_\w]*|[156y]|7)\$|(pbkdf2_sha256|pbkdf2_sha1|argon2|bcrypt_sha256|bcrypt|scrypt)\$[^$\s]+\$|(sha1|sha256|sha384|sha512)-[A-Za-z0-9+/=]{20,}$|h1:[A-Za-z0-9+/=]{20,}$|\{(SSHA|SHA|MD5|CRYPT|PBKDF2)[\w-]*\}|[0-9a-f]{16,}\$\d{1,7}\$[0-9a-f]{32,}$|\{[0-9a-f]{40}[A-Za-z0-9./]{8}$|@ByteArray\([A-Za-z0-9+/]+={0,2}:[A-Za-z0-9+/]+={0,2}\)$|hmac-sha(?:1|224|256|384|512):[0-9a-f]{32,128}$|[0-9a-f]{64}:[A-Za-z0-9_-]{32}:(?:1|2|3_32_2_67108864)$|\d{3,7}:[0-9a-f]{16,64}:[0-9a-f]{32,128}$|(?:pbkdf2|scrypt):[\w:]+\$[^$\s]+\$[0-9a-f]{32,}$|\*[0-9A-F]{40}$)/;
/**
 * A bcrypt salt alone (`$2a$04$` and 22 characters), no hash after it: nothing was hashed, and a key that
 * names a secret holds it to sign with (NAVER Commerce API's client secret is one).
 */
const BCRYPT_SALT = /^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{22}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$|^\d{10}(\d{3})?$/;
/** A code expression rather than a literal: a property path (Ruby's `@store.yahoo_refresh_token` too), a call, an operator. */
const CODE = /^(\+\+|--)|^!+[A-Za-z_$][\w$.]*(?:\(.*\))?$|->|::|\?\.|\.\w+\(|^[\w$]+\(|^\(|\)$|\[[^\]]*\]$|^(this|self|cls|super|new|await|typeof)\b|^@{0,2}[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*){1,}$|^[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*=[A-Za-z_$]/;
/** A name subscripted by a name or a string, or opening a subscript at the line's end (`cache[key]`, `Optional[Union[bytes, str]]`, `MAP[`): code or a type, when unquoted. */
const SUBSCRIPT = /^[A-Za-z_$][\w$.]*\[(?:[A-Za-z_$'"\d[-]|$)/;
/**
 * The credential words under which a value past 256 characters is still judged: passwords, secrets and,
 * up to 1024 characters, tokens (Uber's `IA.` access tokens and Shutterstock's `v2/` ones run to 300 to 600).
 */
const LONG_SECRET = /secret|password|passwd|passphrase/;
const LONG_TOKEN = /token$/;
/** A public key's DER as base64 (SubjectPublicKeyInfo of RSA or EC): shipped to clients on purpose. */
const PUBLIC_KEY_DER = /^(?:MI[IG][A-Za-z0-9+/]{1,3}ANBgkqhkiG9w0BAQEFAAO|MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE)/;
/** A long unbroken run of base64: one holds `++` one time in six per 100 characters. */
const BASE64_RUN = /^[A-Za-z0-9+/]{40,}={0,2}$/;
/** A Windows product key: five groups of five from its 24-letter alphabet (and the N of newer keys); Microsoft publishes the KMS client keys unattend files carry. */
const PRODUCT_KEY = /^[BCDFGHJKMNPQRTVWXY2346789]{5}(?:-[BCDFGHJKMNPQRTVWXY2346789]{5}){4}$/;
/** A path segment of 20 or more characters mixing upper and lower case and digits: base64, not a name. */
function mixedSegment(seg) {
    return seg.length >= 20 && /[A-Z]/.test(seg) && /[a-z]/.test(seg) && /[0-9]/.test(seg);
}
/** A character class with a quantifier (`[A-Za-z0-9/_+=.@-]+`): a pattern that validates secrets, not one. */
const REGEX_CLASS = /\[(?:[^\]\\]|\\.)+\](?:[*+?]|\{\d)/;
/** Short words joined by colons (`joserfc:OKP:HKDF:Ed25519`; not Apollo's `service:graph:<22 random>`), or a module path and a name (`IPython.core.magics.osm:OSMagics`). */
const NAMESPACED = /^[A-Za-z][\w.-]{0,11}(?::[A-Za-z0-9][\w.-]{0,11}){2,}$|^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+:[A-Za-z_]\w*$|^\.[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*$/;
/** A regular expression literal: Perl's `qr/…/` or `m/…/` closed by its delimiter and flags (not base64 starting `m/`), or a bracket class between slashes (`/[\x21-\x7E]+/`). */
const REGEX_LITERAL = /^(?:qr|m)(?:\/.*\/|\{.*\}|\(.*\))[a-z]*;?$|^\/\[.*\/[a-z]*;?$/;
/**
 * Punctuation of a statement run in an unquoted value: what an unquoted value takes in minified code
 * (`onToken:null,onComment:null,ranges:!1}` after `onToken:`), never a literal, which code quotes.
 */
const STATEMENTS = /[\w$\])][,;]|[{}()]|[=!]==?|=>|&&|\|\|/;
/**
 * The code between two string literals, taken for a quoted value when a quote that closes one literal
 * is read as opening the value: `'<td class="pass">' + escape(spec.description)+ '</td>'` (express's
 * history) gave the "password" ` + escape(spec.description)+ `. The value starts or ends with a
 * concatenation operator (`+`, PHP's `.`, Lua's `..`, VB's `&`) spaced from the quote.
 */
const BETWEEN_LITERALS = /^\s*(\+|\.\.?|&)\s|\s(\+|\.\.?|&)\s*$/;
/** A GitHub App's client id: `Iv1.` and 16 hex digits, or `Iv23` and 16 letters and digits. */
const GITHUB_CLIENT_ID = /^Iv(?:1\.[0-9a-f]{16}|23[A-Za-z0-9]{16})$/;
/** A reference path such as a secret store key or a mount: lowercase words between slashes. */
const SLASH_PATH = /^[a-z0-9._@-]+(\/[a-z0-9._@-]+)+\/?$|:\/|^(?=.*_)[A-Za-z]+(?:_[A-Za-z]+)*(?:\/[A-Za-z]+(?:_[A-Za-z]+)*)+$/;
/** How people build passwords: a word with digits and a symbol around it (Summer2024!, 1qaz!Password). */
const HUMAN = /^[^A-Za-z]{0,5}[A-Za-z][a-z]{2,}[^A-Za-z]{0,6}$|^[A-Za-z][a-z]{2,}[^A-Za-z]{1,3}[A-Za-z][a-z]{2,}[^A-Za-z]{0,4}$/;
/** One word: letters only, lower case or capitalised. */
const WORD = /^([A-Z]?[a-z]+|[A-Z]+)$/;
/** Words joined as code names things; a leading `_` or `$` marks a private or generated member (`_processCarriageReturns` in a transpiled class's `{key: …}`). */
const IDENTIFIER = /^[_$]*(?:[a-z]+(?:[A-Z][a-z]+)+\d{0,3}|[A-Z]{0,5}(?:[A-Z][a-z]+){2,}\d{0,3}|[A-Za-z]+(?:[_.-]{1,2}[A-Za-z]+)+\d{0,3}|[A-Z]+(?:_[A-Z0-9]+)+)$/;
/**
 * A short prefix and a body whose case flips like a random draw (`tok_GLDIYAbBqZTRdP39`): two or more
 * lower-case letters alone between capitals and a run of capitals. Identifiers (`IdTokenBlockedBy…`) and
 * case written to be read (`abc_ThIsIsAsEcReT`, a documentation example) are neither.
 */
const randomCase = (v) => /^[a-z]{2,8}_[A-Za-z0-9]{12,}$/.test(v) && /[A-Z]{2}/.test(v) && (v.match(/(?<=[A-Z])[a-z](?=[A-Z])/g)?.length ?? 0) >= 2;
const LITERALS = /^[*&]?(?:\[\])?(true|false|yes|no|on|off|null|nil|none|undefined|nan|string|str|bool|boolean|int|integer|u?int\d+|float\d*|byte|rune|number|object|any|required|optional|hidden|secret|password|token|sensitive|\*+)$/i;
/** Character classes present: lower, upper, digit, other. */
function classes(v) {
    return (/[a-z]/.test(v) ? 1 : 0) + (/[A-Z]/.test(v) ? 1 : 0) + (/[0-9]/.test(v) ? 1 : 0) + (/[^A-Za-z0-9]/.test(v) ? 1 : 0);
}
/** Letters of the scripts written without spaces between words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;
/**
 * Natural-language text (a label, an error message, a translation), not a credential: mostly words
 * among its words of two characters or more (an opening ¿ or quote set aside), or four letters of a
 * script written without spaces (Chinese, Japanese, Korean, Thai).
 */
function isProse(v) {
    if ((v.match(UNSPACED_SCRIPT)?.length ?? 0) >= 4)
        return true;
    const words = v
        .trim()
        .split(/\s+/)
        .map((w) => w.replace(/^[¿¡«"'“‘(]+/u, ''))
        .filter((w) => w.length >= 2);
    if (words.length < 2)
        return false;
    // From four words on, half of them words is a note (`rotated 2024-10 - see #it-help`), not a passphrase.
    return words.filter((w) => PROSE_WORD.test(w)).length >= Math.max(2, words.length * (words.length >= 4 ? 0.5 : 0.6));
}
/** A Google app password as Google shows it: 16 lower-case letters in four groups (not four words of prose). */
exports.APP_PASSWORD_SHAPE = '[a-z]{4}(?: [a-z]{4}){3}';
const APP_PASSWORD = new RegExp(`^${exports.APP_PASSWORD_SHAPE}$`);
const APPLE_APP_PASSWORD = /^[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}$/;
/** Vetoes that hold whatever the key: the value is not a literal secret at all. `text`: the pair sits inside a string literal. */
function vetoOf(v, quoted, code, text = false, password = false) {
    if (!BCRYPT_SALT.test(v) && REFERENCE.some((r) => r.test(v)))
        return 'a reference to a secret kept elsewhere';
    // The inside of a list of strings, cut at a quote (`","pw is","api key",…`): many items, no one value.
    if ((v.match(/",\s*"/g)?.length ?? 0) >= 3)
        return 'a list of strings';
    // `"credentialData": "{\"hashIterations\":27500,…}"`: settings as JSON, whose own pairs are judged one by one.
    if (/^\{\\?"[\w.-]+\\?"\s*:.*\}$/.test(v))
        return 'a JSON object (its pairs are read on their own)';
    // Looked at without escaped line ends (`"no password supplied\n"`).
    const bare = v.replace(/(?:\\[rnt])+$/, '');
    if ((0, placeholders_1.placeholderReason)(bare, undefined, true))
        return 'a placeholder';
    if (!APP_PASSWORD.test(bare) && isProse(bare))
        return 'prose';
    if (DEPENDENCY.test(v) || VERSION.test(v) || COORDINATE.test(v))
        return 'a version or dependency spec';
    if (/^[a-z][a-z0-9+.-]{0,24}:\/\//i.test(v))
        return 'a URL (credentials in URLs have their own rules)';
    if (/^urn:/i.test(v) || NAMESPACED.test(v))
        return 'a URN, a namespaced name or a module path';
    if (/<[a-z_]+>|<\d{1,3}>/.test(v))
        return 'a template with placeholders';
    if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v))
        return "an environment variable's name";
    if ((v.match(/\\x[0-9a-fA-F]{2}/g)?.length ?? 0) >= 2)
        return 'escaped bytes';
    // The base64 of an SSH public key's type (ssh-rsa, ssh-ed25519, ecdsa-sha2-…): public material.
    if (/^AAAA(?:B3NzaC1|C3NzaC1|E2VjZHNh)/.test(v))
        return 'an SSH public key';
    if (/(?:^|[;\s?&])(?:password|passwd|pwd)=[^;\s&]/i.test(v))
        return 'a connection string (its password field is judged on its own)';
    if (/(?:^|[:;])\w+=[^;\s]*;\w+=/.test(v))
        return 'a connection string with no password field';
    // libpq's keyword form (`dbname=app user=ops host=db1`), its fields apart by blanks.
    if (/^(?:\w+=[^\s=]+\s+)+\w+=[^\s=]+$/.test(v) && /\b(?:dbname|host|user)=/.test(v))
        return 'a connection string with no password field';
    // Base64 padding (`…==,…==`, Strapi's APP_KEYS) is no option's `=`.
    if (/^[\w.-]+=(?!=)[^,\s]*(?:,[\w.-]+=(?!=)[^,\s]*)+$/.test(v))
        return 'a list of options (`id=npmrc,src=~/.npmrc`)';
    // Base64 starts with `/` one time in 64: a long run holding `+` or `=` is no path, nor a list of them (`==,`).
    // A long segment mixing upper and lower case and digits (`/DEY7eTl…U2/0`) is base64's, not a directory's name.
    if (/^(\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(v) && !(BASE64_RUN.test(v) && (/[+=]/.test(v) || v.split('/').some(mixedSegment))) && !v.includes('=='))
        return 'a path';
    if (/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(v))
        return 'an email address';
    // A sheet's cell holding a login and a note (`marco@example.com / SSO`) names an account, not its secret.
    if (/^[^\s@]+@[^\s@]+\.[a-z]{2,}\s/i.test(v))
        return 'an email address and a note';
    if (/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,12}$/.test(v))
        return 'a host name';
    if (LITERALS.test(v))
        return 'a keyword or type';
    if ((/^-?\d+(\.\d+)?$/.test(v) && v.length < 12) || /^0x[0-9a-f]{1,16}[ul]{0,3}$/i.test(v))
        return 'a number';
    if (/^\d+(\.\d+){2,}$/.test(v))
        return 'an OID or address';
    if (TIMESTAMP.test(v))
        return 'a timestamp';
    if (PASSWORD_HASH.test(v) && !BCRYPT_SALT.test(v))
        return 'a password hash or digest';
    if (PRODUCT_KEY.test(v))
        return 'a Windows product key (a licence, not a credential)';
    if (public_keys_1.PUBLIC_BY_DESIGN.test(v))
        return 'a key its provider documents as public (client-side)';
    if ((0, validators_1.anonJwt)(v))
        return "Supabase's anon key (public by design)";
    if (PUBLIC_KEY_DER.test(v))
        return 'a public key';
    // `++` inside a quoted literal, or inside a long unbroken run of base64, is base64 (`s5SB++Rey`), not an increment.
    // A quoted password may hold parentheses with text after them (`Sv(Deadline)2023`): a call ends at its `)`;
    // a quoted value with a `(` and no `)` (`ww3LSEv(U7Uw…`, a Django key's `9y(9spe!…`) calls nothing.
    // Outside source code (`.env`, YAML) a bare dotted value with a random segment (`Gj.KZs6iSx9k0…`) is a token
    // too; a call there is still a wrapper (jasypt's `ENC(…)`, Codemagic's `Encrypted(…)`), not the secret.
    // Outside code a password is what a person typed, dots and all (`.netrc`'s `password Nexus.Deploy2024`); in code
    // too when quoted (a password key's `Name.Word22` in quotes): a string literal with capitals and digits is no attribute chain.
    const typed = password && (!code || quoted) && !v.includes('(') && /\d/.test(v) && /[A-Z]/.test(v);
    if ((CODE.test(v) && !typed && !((quoted || (!code && !v.includes('('))) && tokenSegment(v)) && !(quoted && /^[\w$]+\([^()]*\)\w/.test(v)) && !(quoted && v.includes('(') && !v.includes(')'))) ||
        (!quoted && (SUBSCRIPT.test(v) || (v.includes('++') && !BASE64_RUN.test(v)))))
        return 'code';
    // Unquoted in code: a list literal (`[ccache.credentials[i]]`), a negated name (`-per_token_logps`) or
    // arithmetic on an attribute (`pw = 2.0**self.frac_bits`); not a password that ends in `**`.
    if ((!quoted && code && !text && /^\[|^-[A-Za-z_]/.test(v)) || (!quoted && /\*\*[\w(.]|\b(?:self|this)\.[A-Za-z_]/.test(v)))
        return 'code';
    // A YAML flow sequence of names (Compose's `secrets: [db_password, jwt_secret]`): references, not a value.
    if (!quoted && /^\[[ \t]*[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)+[ \t]*(?:[,\]].*)?$/.test(v))
        return 'a list of names';
    // Names of secrets listed for a task to fetch (`SecretsFilter: 'SM-API-KEY,SM-CLIENT-CERT-PASSWORD'`), not their values.
    if (/^[A-Z][A-Z0-9]*(?:[-_][A-Z0-9]+)+(?:,[ \t]*[A-Z][A-Z0-9]*(?:[-_][A-Z0-9]+)+)+$/.test(v))
        return 'a list of names';
    // A Jenkins plugin's version (`aws-credentials:231.v08a_59f17d742` in plugins.txt): its build number and commit.
    if (/^\d+(?:\.\d+)*(?:-\d+)?\.v[0-9a-f_]{6,}$/.test(v))
        return 'a plugin version';
    // A shell line inside XML, its quote written as an entity that the bare value stops in (`PGPASSWORD=&apos;$WAREHOUSE_PASSWORD&apos;` in a Jenkins job).
    if (/^&(?:apos|quot|amp|lt|gt)$/.test(v))
        return 'an XML entity';
    if (REGEX_CLASS.test(v) || REGEX_LITERAL.test(v))
        return 'a regular expression';
    // Names joined by `|` (`db|my|admin|root`, a pattern's alternation kept in a constant) are a pattern's words.
    if (/^[A-Za-z_][\w.-]*(?:\|[A-Za-z_][\w.-]*){2,}$/.test(v))
        return 'an alternation of names (a pattern)';
    if (quoted && BETWEEN_LITERALS.test(v))
        return 'code between two string literals';
    // A run of 16 or more hex digits holding a digit is a key, not a name (`${KEY:-caaae653…}`'s fallback).
    if (!quoted && code && !text && /^[A-Za-z_$][\w$]*$/.test(v) && !(/^[0-9a-f]{16,}$/i.test(v) && /\d/.test(v)))
        return 'a variable';
    // An argument that closes its call or its object (`client_credential=CLIENT_SECRET)`, `{"X-Api-Key": DUNE_API_KEY},`, `\n"` after it inside a notebook's JSON).
    if (!quoted && (code ? /^[A-Za-z_$][\w$.]*[)}\]]+[,;]?(?:\\n)?$/ : /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+[)}\]]+[,;]?(?:\\n)?$/).test(v))
        return 'a variable';
    if (!quoted && code && STATEMENTS.test(v))
        return 'code';
    // A Go struct field's type (`signingKey *ecdsa.PrivateKey`, `keys []jose.JSONWebKey`): a declaration, not a value.
    if (!quoted && code && v.length <= 64 && /^[*&[\]]*[a-z][a-z0-9]*\.[A-Z][A-Za-z]*\d{0,3}$/.test(v))
        return 'a type';
    if (SLASH_PATH.test(v))
        return 'a path or a reference';
    if (GITHUB_CLIENT_ID.test(v))
        return 'a GitHub App client id (public)';
    return undefined;
}
/**
 * Padded base64 of printable text (a Kubernetes Secret's `data:`) is judged by what it encodes: the
 * decoding stage reports the decoded secret itself, so the encoding of a placeholder is not one.
 */
function encodedVeto(v, quoted, code) {
    // Padded only: unpadded base64 of a bcrypt-shaped string is a Flip secret key (`JDJ5JDEz…`), and reads
    // the same as Argo CD's stored admin.password hash.
    if (!/^[A-Za-z0-9+/]{4,}={1,2}$/.test(v) || v.length % 4 !== 0)
        return undefined;
    const text = Buffer.from(v, 'base64').toString('utf8');
    if (!/^[\x20-\x7e]+$/.test(text))
        return undefined;
    const inner = vetoOf(text, quoted, code);
    return inner ? `base64 of ${inner}` : undefined;
}
/**
 * A quoted dotted value with a part no name is made of: 20 or more characters, digits and both cases among
 * them (an id such as `amzn1.account.AF6RHO…` has one), not mostly words (a Discord bot token, `MTEz….VcYfkZ.InOb…`),
 * or changing character class as a random draw does (Smartling's `nztc198myudulu1if0xnmrweaeKg.…`, whose
 * lower-case runs read as words), where a property path's parts are names.
 */
function tokenSegment(v) {
    // A JWT is judged by the JWT rules, which read its claims (a Supabase anon key is public).
    return !v.startsWith('eyJ') && v.split('.').some((p) => p.length >= 20 && /\d/.test(p) && /[a-z]/.test(p) && /[A-Z]/.test(p) && (wordShare(p) < 0.5 || (0, entropy_1.randomPart)(p)));
}
/** The share of `v`'s characters in word-like runs (a capital or not, then three lower-case letters or more). */
function wordShare(v) {
    let n = 0;
    for (const m of v.matchAll(/[A-Z]?[a-z]{3,}/g))
        n += m[0].length;
    return n / v.length;
}
/**
 * A short password drawn at random rather than made up (a mainframe's eight characters, `AHSM82NZ`,
 * `S6MBH8J4`): letters and digits interleaved, no word showing through (no four lower-case letters or
 * seven capitals in a row), not a word then digits (`Summer2024`). Eight characters show at most 24 bits
 * of Shannon entropy, so the entropy test alone calls every one of them weak.
 */
function shortRandom(v) {
    if (v.length < 8 || v.length > 16 || classes(v) < 2 || HUMAN.test(v) || /[a-z]{4}|[A-Z]{7}/.test(v))
        return false;
    if (/^[A-Za-z]+[^A-Za-z]+$|^[^A-Za-z]+[A-Za-z]+$/.test(v))
        return false;
    let changes = 0;
    for (let i = 1; i < v.length; i++)
        if (/\d/.test(v[i]) !== /\d/.test(v[i - 1]))
            changes++;
    return changes >= 2;
}
/** Lower-case words and numbers joined by `-`, `_` or `.` (`a-team-wide-key-0123`, `taint-key-1`): a name. */
const WORDS_AND_NUMBERS = /^(?:[a-z]+|\d+)(?:[-_.](?:[a-z]+|\d+)){2,}$/;
/**
 * Under a loose key (`result_key`, `cache_key`, a bare `key`) most values are names, paths and formats
 * (`"DBClusterSnapshots"`, `"lambda:createdBy"`, `f"filters.{i}.key"`): only a token's shape counts,
 * 16 or more letters and digits (two digits, or letters not in words) in one run with nothing but `-_+/=.~` among them,
 * not a file's name (`.zip`), a folder (`/`) or words and numbers joined.
 */
function looseVeto(v, key) {
    if (!key.loose)
        return undefined;
    // Two digits, or letters that do not run in words: a 32-character random token lacks two digits one
    // time in 40, but names (`DBClusterSnapshots`, `Ec2SubnetIds`) are half words or more.
    // A provider's prefix and mode before the random part (Durianpay's `dp_test_…`) says token, whatever the part holds.
    const mixed = /[0-9][^0-9]*[0-9]/.test(v) || wordShare(v) < 0.5 || /^[a-z]{2,10}_(?:test|live|prod|sandbox|sk|secret)_[A-Za-z0-9]{16,}$/.test(v);
    const shaped = v.length >= 16 && /^[A-Za-z0-9_\-+/=.~]+$/.test(v) && mixed && /[A-Za-z]/.test(v) && !/\.[a-z]{2,4}$|\/$/.test(v) && !WORDS_AND_NUMBERS.test(v);
    return shaped ? undefined : 'not shaped like a token (under a key that does not say which)';
}
/**
 * Judges a value; `code` is true in source code, where an unquoted word is a variable, unless `text`:
 * the pair sits inside a string literal (a connection string's field).
 */
function judgeValue(v, key, quoted, code, text = false) {
    const min = key.kind === 'password' ? 4 : 8;
    if (v.length < min)
        return { veto: `shorter than ${min}`, score: 0, reason: 'too short', weak: true };
    // Past 256 characters only one unbroken token under a key that says secret or password (Trino's 684-character
    // `shared-secret`, an MSAL cache's refresh token `secret`): certificates, grant tokens and data blobs sit under others.
    const longWord = LONG_SECRET.test(key.word ?? '') || (LONG_TOKEN.test(key.word ?? '') && v.length <= 1024);
    if (v.length > 256 && (!longWord || v.length > 2048 || !/^[A-Za-z0-9+/=_.~-]+$/.test(v)))
        return { veto: 'longer than a generic secret (blobs have their own rules)', score: 0, reason: 'too long', weak: false };
    // 0x and 40 hex digits: an EVM account or contract address, public on its chain (a key is 64 digits); under
    // a key that says secret it is hCaptcha's secret, which has that shape.
    if (/^0x[0-9a-fA-F]{40}$/.test(v) && !/secret/.test(key.word ?? ''))
        return { veto: 'an EVM address (public)', score: 0, reason: 'an EVM address (public)', weak: false };
    const veto = vetoOf(v, quoted, code, text, key.kind === 'password') ?? encodedVeto(v, quoted, code) ?? looseVeto(v, key);
    if (veto)
        return { veto, score: 0, reason: veto, weak: false };
    // DocuSign's integration key is its OAuth client id, a UUID (PagerDuty's, a secret, is 32 hex digits).
    if (key.qualifier === 'integration' && UUID.test(v))
        return { veto: 'an integration key that is a UUID (a client id)', score: 0, reason: 'a client id', weak: false };
    if (DIGEST_HEX.test(v) || UUID.test(v)) {
        // Many APIs issue 32-hex or UUID keys; under a key that names one, it is one.
        return key.strength >= 2 ? { score: 1, reason: DIGEST_HEX.test(v) ? 'hex key' : 'UUID key', weak: false } : { veto: 'a digest or id under a weak key', score: 0, reason: 'digest', weak: false };
    }
    // Under a key that says it holds key material (`key_hex`), 16 hex digits are a DES key, not an id.
    if (/^[0-9a-f]{8}$|^[0-9a-f]{16}$/i.test(v) && key.kind === 'secret' && !key.material)
        return { score: -2, reason: 'a short hex id', weak: true };
    const bits = v.length * (0, entropy_1.shannonEntropy)(v);
    const cls = classes(v);
    // A token is never a word or an identifier; a human password can be one (correct_horse_battery).
    // Looked at without a sentence's last stop, escaped line ends (`"gemini_api_key\r\n"`) or a marker's `?` (`"?InterpolationInJSX"`).
    const core = v
        .replace(/(?:\\[rnt])+$/, '')
        .replace(/(?<=[a-z])[.,;:!?]$/, '')
        .replace(/^\?(?=[A-Za-z])/, '');
    // Apple shows an app-specific password as four groups of four letters joined by dashes (`vlpx-phdq-xgsm-dkrx`).
    if (APPLE_APP_PASSWORD.test(v))
        return { score: 1, reason: 'an Apple app-specific password (16 letters in four groups)', weak: false };
    // A long run of capitals with five consonants in a row spells no words: it was drawn, not named (VNPAY's
    // hash secrets are 32 random capitals; `THISISASECRETKEYFORTESTINGONLY` holds no such run).
    const drawnCapitals = /^[A-Z]{25,}$/.test(core) && /[B-DF-HJ-NP-TV-Z]{5}/.test(core);
    if ((IDENTIFIER.test(core) || WORD.test(core)) && !randomCase(core) && !drawnCapitals) {
        return key.kind === 'password'
            ? { score: -1, reason: 'a word or words joined like an identifier', weak: true }
            : { veto: 'a word or an identifier, not a token', score: 0, reason: 'identifier', weak: true };
    }
    // Google shows an app password as four groups of four letters (about 75 bits): spaces are its format.
    if (APP_PASSWORD.test(v) && key.kind === 'password')
        return { score: 1, reason: 'a Google app password (16 letters in four groups)', weak: false };
    if (/\s/.test(v) && bits < 100)
        return { score: -2, reason: 'contains spaces', weak: true };
    if (bits >= 64 && (cls >= 2 || drawnCapitals))
        return { score: 2, reason: `random-looking (${Math.round(bits)} bits)`, weak: false };
    // Short values cannot show much Shannon entropy: judge them by their alphabet, unless a word shows through.
    const alphabetBits = v.length * Math.log2([26, 52, 62, 94][cls - 1] ?? 94);
    if ((bits >= 40 || (alphabetBits >= 60 && cls >= 3 && !HUMAN.test(v))) && cls >= 2)
        return { score: 1, reason: `fairly random (${Math.round(bits)} bits)`, weak: false };
    // Short secrets are issued too (Naver's and Fortnox's 10-character client secrets): upper and lower case and
    // digits drawn at random; two classes are an identifier's (Adjust's 12-character app token), eight characters a salt's.
    if (shortRandom(v) && (key.kind === 'password' || (v.length >= 10 && classes(v) >= 3)))
        return { score: 0, reason: key.kind === 'password' ? 'a short password drawn at random' : 'short, drawn at random', weak: false };
    if (key.kind === 'password')
        return { score: -1, reason: `a weak password (${Math.round(bits)} bits)`, weak: true };
    return { score: -2, reason: `too regular for a token (${Math.round(bits)} bits)`, weak: true };
}
