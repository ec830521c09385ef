export declare const KEY = "(?:[\\w$@-]+[.:/])*[\\w$@-]*(?:pass|pwd|pswd|psk|bindpw|(?:\\b|[_-]|db|my|admin|root|user|smtp|mail|ftp|sftp|sql|mysql|pg|redis|mongo|ldap|proxy|vault|ssh|sudo|keystore|store|key|wifi|bind|conf|rpc|task|run|svc|service|vpn|smb|nas|backup|domain|local)pw\\b|[_-]pat\\b|[_-]pin\\b|secret|token|key|auth|cred|bearer|salt|dsn|rcon|(?:\\b|[_.-])sk\\b|senha|clave|contrase(?:n|\u00F1)a|wachtwoord|l(?:o|\u00F6)sen(?:ord)?|salasana|adgangskode|sandi|kh(?:a|\u1EA9)u|nyckel|n(?:o|\u00F8)kkel|n(?:o|\u00F8)gle|sleutel|salaisuu|hemlighe|rahasia|kunci|has(?:l|\u0142)o|(?:s|\u015F)ifre|parol(?:a|\u0103)|heslo|anahtar|geheimnis|klucz|chave|chiave|llave|cheia|credencia|check[_.-]?word|refresh|hmac|prov(?:isioning)?[_.-]?pop|webhook[_.-]?verifier)[\\w$@-]*";
/** A value: triple-quoted on one line (Grafana's ini, for passwords holding # or ;), double-quoted with escaped quotes (`\"v\"`, a string inside a JSON string), double-, single- or back-quoted (a string prefix such as r"", @"", T-SQL's N'' allowed), or bare. */
export declare const VALUE = "(?:\"\"\"([^\"\\n]+)\"\"\"|\\\\\"((?:[^\"\\\\\\n]|\\\\[^\"\\n])+)\\\\\"|[rbufnRBUFN@]{0,2}\"((?:[^\"\\\\\\n]|\\\\.)+)\"|[rbufnRBUFN@]{0,2}'((?:[^'\\\\\\n]|\\\\.)+)'|`([^`\\n]+)`|([^\\s\"'`;<>|]+))";
export declare const QUOTED = "(?:[rbufn@]{0,2}\"((?:[^\"\\\\\\n]|\\\\.)+)\"|[rbufn@]{0,2}'((?:[^'\\\\\\n]|\\\\.)+)')";
/** What reads the environment by a property or an index (`process.env.X`, `ENV['X']`, `$_ENV['X']`, `os.environ['X']`). */
export declare const ENV_PROPERTY = "(?:process\\.env|import\\.meta\\.env|\\benv|os\\.environ|\\$_(?:env|server)|\\$ENV)";
/** What reads the environment or a setting by a call (`getenv(`, `System.getenv(`, `ENV.fetch(`, `os.environ.get(`, `config(`, Gradle's `findProperty(`, Ktor's `propertyOrNull(`, a userscript's `GM_getValue(`, Go's and Foundry's `envOr(`, Django's `getattr(settings, …`). */
export declare const ENV_CALL = "(?:[\\w$]+(?:\\.|::))*(?:getenv|get_?env|env|fetch|get|(?:gm_)?getvalue|getenvironmentvariable|getordefault|getorelse|getproperty|findproperty|propertyornull|config|fromenvironment|var|env_?or|getenv_?or(?:_?default)?|getattr)";
/** Rust's fallback for a lookup that failed: `.unwrap_or("v")`, `.unwrap_or_else(|_| String::from("v"))`. */
export declare const UNWRAP = "\\.unwrap_or(?:_else)?\\([ \\t]*(?:\\|_?\\|[ \\t]*)?(?:String::from\\()?";
/** The operators that give a fallback when the lookup finds nothing. */
export declare const OR = "(?:\\|\\||\\?\\?|\\?:|or\\b)";
/** Patterns, each with the key in group 1 and the value in the first non-empty of the following groups. */
export declare const SOURCES: string[];
/** Index of the setter-call pattern: a credential constructor takes a user name first, not the secret. */
export declare const CALL: number;
/** Index of the pattern for an XML element named by an attribute (`<string name="x" translatable="false">v</string>`). */
export declare const XML_ELEMENT: number;
/** Index of the pattern for an XML element named for a credential, with attributes (`<api_key backend_model="…">v</api_key>`). */
export declare const XML_ATTRIBUTED: number;
/** Indexes of the fallback patterns: after an environment lookup, and a substitution's default (whose key sits in `${`). */
export declare const FALLBACK = 6;
export declare const SUBSTITUTION = 7;
/** Index of the pattern for a name and a value in one object (`{"key": "password", "value": "v"}`). */
export declare const NAMED = 8;
/** Index of the pattern for a function that returns a literal (`def api_key, do: "v"`). */
export declare const RETURNS = 9;
/** Indexes of the patterns for a variable's literal fallback (`private_key || "v"`), a config line's `key value`, and a pair of literals (`('api_key', 'v')`). */
export declare const BARE_FALLBACK = 11;
/** Index of the pattern for directives (`ENV KEY v`, `set -gx KEY v`, `#define KEY "v"`). */
export declare const DIRECTIVES = 4;
export declare const CONF_LINE = 12;
export declare const TUPLE = 13;
/** Index of the pattern for PHP's serialized pairs (`s:6:"secret";s:5:"v";`). */
export declare const SERIALIZED = 14;
/** Index of the pattern for a user and a password as a pair under a credential's name (`auth=("svc", "v")`). */
export declare const AUTH_PAIR = 15;
/** Index of the pattern for a literal passed through a WRAP call. */
export declare const WRAPPED = 10;
/** Names of the WRAP calls, looked for before the pattern runs. */
export declare const WRAP_NAMES: string[];
