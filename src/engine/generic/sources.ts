/**
 * The extractor's patterns (extract.ts runs them): the key, the value and the environment lookups they
 * are built from, and the index of each pattern that a line must ask for by name (choose.ts). RE2 syntax.
 */
import { JOINED_OWNERS } from './keys';

/** A word a credential key holds somewhere (keys.ts judges the whole key). */
const KW = `(?:pass|pwd|pswd|psk|bindpw|(?:\\b|[_-]|${JOINED_OWNERS})pw\\b|[_-]pat\\b|[_-]pin\\b|secret|token|key|auth|cred|bearer|salt|dsn|rcon|(?:\\b|[_.-])sk\\b|senha|clave|contrase(?:n|ñ)a|wachtwoord|l(?:o|ö)sen(?:ord)?|salasana|adgangskode|sandi|kh(?:a|ẩ)u|nyckel|n(?:o|ø)kkel|n(?:o|ø)gle|sleutel|salaisuu|hemlighe|rahasia|kunci|has(?:l|ł)o|(?:s|ş)ifre|parol(?:a|ă)|heslo|anahtar|geheimnis|klucz|chave|chiave|llave|cheia|credencia|check[_.-]?word|refresh|hmac|prov(?:isioning)?[_.-]?pop|webhook[_.-]?verifier)`;
export const KEY = `(?:[\\w$@-]+[.:/])*[\\w$@-]*${KW}[\\w$@-]*`;
/**
 * A call that passes a literal through unchanged, or marks it a secret: webpack's DefinePlugin takes
 * `JSON.stringify('v')`, CDK `SecretValue.unsafePlainText('v')`, Pulumi `pulumi.secret('v')`, pydantic
 * `SecretStr('v')`, Node `Buffer.from('v')`, Go `[]byte("v")` and `strings.TrimSpace("v")`.
 */
const WRAP = '(?:JSON\\.stringify|Buffer\\.from|SecretStr|pulumi\\.secret|(?:[\\w$]+\\.)?SecretValue\\.(?:unsafePlainText|plainText)|\\[\\]byte|strings\\.TrimSpace|bytes\\.fromhex)\\([ \\t]*';
/** A value: triple-quoted on one line (Grafana's ini, for passwords holding # or ;), double-quoted with escaped quotes (`\"v\"`, a string inside a JSON string), double-, single- or back-quoted (a string prefix such as r"", @"", T-SQL's N'' allowed), or bare. */
export const VALUE = `(?:"""([^"\\n]+)"""|\\\\"((?:[^"\\\\\\n]|\\\\[^"\\n])+)\\\\"|[rbufnRBUFN@]{0,2}"((?:[^"\\\\\\n]|\\\\.)+)"|[rbufnRBUFN@]{0,2}'((?:[^'\\\\\\n]|\\\\.)+)'|\`([^\`\\n]+)\`|([^\\s"'\`;<>|]+))`;
export const QUOTED = '(?:[rbufn@]{0,2}"((?:[^"\\\\\\n]|\\\\.)+)"|[rbufn@]{0,2}\'((?:[^\'\\\\\\n]|\\\\.)+)\')';

/** What reads the environment by a property or an index (`process.env.X`, `ENV['X']`, `$_ENV['X']`, `os.environ['X']`). */
export const ENV_PROPERTY = '(?:process\\.env|import\\.meta\\.env|\\benv|os\\.environ|\\$_(?:env|server)|\\$ENV)';
/** What reads the environment or a setting by a call (`getenv(`, `System.getenv(`, `ENV.fetch(`, `os.environ.get(`, `config(`, Gradle's `findProperty(`, Ktor's `propertyOrNull(`, a userscript's `GM_getValue(`, Go's and Foundry's `envOr(`, Django's `getattr(settings, …`). */
export const ENV_CALL =
  '(?:[\\w$]+(?:\\.|::))*(?:getenv|get_?env|env|fetch|get|(?:gm_)?getvalue|getenvironmentvariable|getordefault|getorelse|getproperty|findproperty|propertyornull|config|fromenvironment|var|env_?or|getenv_?or(?:_?default)?|getattr)';
/** Rust's fallback for a lookup that failed: `.unwrap_or("v")`, `.unwrap_or_else(|_| String::from("v"))`. */
export const UNWRAP = '\\.unwrap_or(?:_else)?\\([ \\t]*(?:\\|_?\\|[ \\t]*)?(?:String::from\\()?';
/** The operators that give a fallback when the lookup finds nothing. */
export const OR = '(?:\\|\\||\\?\\?|\\?:|or\\b)';

/** Patterns, each with the key in group 1 and the value in the first non-empty of the following groups. */
export const SOURCES = [
  // KEY = v, KEY: v, "key": "v", key => 'v', key := "v", env["KEY"] = "v", <key>v; Go's spew dumps, `Key: (string) (len=40) "v"`;
  // an object wrapping the value on the key's line (Terraform state's outputs, `"db_password": { "value": "v", … }`, an
  // Azure DevOps variable group's export, `"ApiKey": { "isSecret": null, "value": "v" }`);
  // Ruby's ENV["KEY"] ||= "v", JavaScript's process.env.KEY ??= "v" and R's key <- "v"
  `(?i)(?:^|[^\\w.$@-])["'\`]?(${KEY})(?:\\\\?["'\`])?\\]?[ \\t]*(?:=>|:=|\\|\\|=|\\?\\?=|[+?]?=|:|->|>|<<?-)[ \\t]*(?:\\((?:string|len=\\d+)\\)[ \\t]*)*(?:\\{(?:[ \\t]*["']?[\\w-]{1,24}["']?[ \\t]*:[ \\t]*(?:"[^"\\n]{0,80}"|[\\w.-]{1,40})[ \\t]*,){0,2}[ \\t]*["']?value["']?[ \\t]*:[ \\t]*)?${VALUE}`,
  // const KEY: &str = "v", let apiKey: String = "v", Visual Basic's Const SMTP_PASS As String = "v", and C#'s
  // auto-property initializer (`public string Password { get; set; } = "v";`)
  `(?i)(?:^|[^\\w.$@-])(${KEY})(?:(?:[ \\t]*:|[ \\t]+as[ \\t])[ \\t]*&?[\\w<>\\[\\]'. ]{1,40}?|[ \\t]*\\{[ \\t]*get;[^}\\n]{0,40}\\}[ \\t]*)=[ \\t]*${QUOTED}`,
  // <add key="ApiToken" value="v" />
  `(?i)<add\\s+key\\s*=\\s*"([^"]*${KW}[^"]*)"\\s+value\\s*=\\s*"([^"]+)"`,
  // define('DB_PASSWORD', 'v'), putenv/setenv("KEY", "v"), System.setProperty("key", "v"),
  // [Environment]::SetEnvironmentVariable('KEY', 'v', 'User'), os.environ.setdefault("KEY", "v"), .header("X-Api-Key", "v"),
  // Spark's .option("password", "v"), SparkSession.builder.config("spark.…secret.key", "v") and conf.set("fs.….key", "v"),
  // ROS 2's declare_parameter("mqtt_password", "v") and DeclareLaunchArgument("api_key", default_value="v"), Bamboo Specs' new Variable("k", "v")
  // Android Gradle's buildConfigField("String", "API_SECRET", "\"v\"") and resValue("string", "key", "v") (a type first),
  // Go's flag.String("password", "v", …) and flag.StringVar(&o.password, "basic-password", "v", …) (a flag's default)
  `(?i)(?:(?:define|putenv|setenv|setproperty|setenvironmentvariable|setdefault|header|setheader|addheader|withheader|\\.option|\\.config|\\.set|declare_parameter|declarelaunchargument|new[ \\t]+variable)\\(|(?:buildconfigfield|resvalue)\\(\\s*["'][\\w.]{1,20}["']\\s*,|\\.string(?:var)?p?\\(\\s*(?:&[\\w.]+\\s*,)?)\\s*['"]([^'"]*${KW}[^'"]*)['"]\\s*,\\s*(?:default_value\\s*=\\s*)?(?:"\\\\"([^"\\\\\\n]+)\\\\""|${QUOTED})`,
  // ENV KEY v (Dockerfile), set -gx KEY v (fish, and its history's `- cmd: set -Ux KEY v`), #define KEY "v" (C),
  // SetEnv KEY v (Apache), fastcgi_param KEY v; (nginx), cf set-env APP KEY v (Cloud Foundry)
  `(?i)^[ \\t]*(?:- cmd:[ \\t]*)?(?:ENV|ARG|#[ \\t]*define|SetEnv|fastcgi_param|set(?:[ \\t]+-[a-zA-Z]+)*|cf[ \\t]+set-env[ \\t]+[\\w.-]+)[ \\t]+(${KEY})[ \\t]+${VALUE}`,
  // --password v, -token v (flags separated by a space; --flag=v is an assignment)
  `(?i)(?:^|[ \\t])(--?[\\w-]*${KW}[\\w-]*)[ \\t]+([^\\s"'\`;<>|-][^\\s"'\`;<>|]*|"[^"\\n]+"|'[^'\\n]+')`,
  // A literal fallback after an environment lookup, keyed by the variable's name: process.env.KEY || "v",
  // ENV['KEY'] ?? 'v', getenv('KEY') ?: 'v', os.getenv("KEY", "v"), env('KEY', 'v'), config("KEY", default="v"),
  // Sys.getenv("KEY", unset = "v") (R), sys.env.getOrElse("KEY", "v") (Scala), String.fromEnvironment('KEY',
  // defaultValue: 'v') (Dart), env::var("KEY").unwrap_or_else(|_| String::from("v")) (Rust), get(ENV, "KEY", "v") (Julia),
  // ENV.fetch("KEY") { "v" } (Ruby's block), Variable.get("key", default_var="v") (Airflow); a notebook cell's JSON
  // escapes every quote (`os.getenv(\"KEY\", \"v\")`)
  `(?i)(?:${ENV_PROPERTY}(?:\\.|\\[[ \\t]*\\\\?["']|\\{[ \\t]*(?:\\\\?["'])?)|${ENV_CALL}\\([ \\t]*(?:(?:ENV|settings|django_settings|config|conf)[ \\t]*,[ \\t]*)?\\\\?["'])(${KEY})(?:(?:\\\\?["'])?[ \\t]*[\\]}])?(?:\\\\?["'])?[ \\t]*(?:${OR}|\\)[ \\t]*(?:${OR}|${UNWRAP}|\\{)|,[ \\t]*(?:(?:default|unset|defaultValue|default_var)[ \\t]*[=:][ \\t]*)?)[ \\t]*(?:\\\\"([^"\\\\\\n]+)\\\\"|${QUOTED})`,
  // The default of a substitution: ${KEY:-v}, ${KEY-v}, ${KEY:=v} (shell, Compose), ${KEY:v} (Spring); not ${KEY:?message} or ${KEY:+alternate}
  `(?i)\\$\\{(${KEY})(?::-|:=|-|:)([^?+=}\\s"'$-][^}\\s"'$]*)\\}`,
  // { "key": "password", "value": "v" } (Postman, Insomnia), {"name": "DB_PASSWORD", "value": "v"} (ECS, HAR),
  // <option name="password" value="v" /> (XML attributes: JetBrains' settings, Ant, .NET), with up to three short
  // fields between (a secrets export's `"scope": "repo"`, Tomcat's `<Environment name="k" type="java.lang.String" value="v"/>`)
  // and the name unquoted in YAML's flow style (`{name: K, value: v}`); a header and its value (`{"header": "X-Api-Key", "value": "v"}`);
  // a password manager's custom field, named in words (`{ "name": "API key (prod)", "value": "v" }`, Bitwarden's export);
  // a process property's label and default (Boomi's `<DefinedProcessPropertyField label="TokenSecret" … defaultValue="v"/>`),
  // an integration's security property (Oracle Integration's `{ "propertyName": "oauth.client.secret", "propertyValue": "v" }`)
  `(?i)["']?(?:name|key|header|label)["']?[ \\t]*[:=][ \\t]*["']?((?:[\\w$@-]+[ \\t]){0,3}${KEY}(?:[ \\t]+\\(?[\\w-]{1,12}\\)?){0,2})["']?(?:[ \\t]*,[ \\t]*["']?[\\w-]{1,24}["']?[ \\t]*:[ \\t]*(?:"[^"\\n]{0,80}"|'[^'\\n]{0,80}'|[\\w.-]{1,40})|[ \\t]+[\\w-]{1,24}[ \\t]*=[ \\t]*"[^"\\n]{0,80}"){0,3}(?:[ \\t]*,[ \\t]*|[ \\t]+)["']?(?:default|property|param(?:eter)?|setting)?value["']?[ \\t]*[:=][ \\t]*${VALUE}`,
  // A function named for a credential that returns a literal: def api_key, do: "v" (Elixir), def api_key = "v"
  // (Ruby), fun apiKey() = "v" (Kotlin), def api_key(self): return "v" (Python), get apiKey() { return "v" } (JS)
  `(?i)(?:\\bdefp?|\\bfun|\\bget)[ \\t]+(${KEY})[ \\t]*(?:\\([^)\\n]{0,40}\\))?[ \\t]*(?::[ \\t]*[\\w.<>\\[\\]]{1,40}[ \\t]*)?(?:,[ \\t]*do:|=|:[ \\t]*return|\\{[ \\t]*return)[ \\t]*${QUOTED}`,
  // A literal passed through a call that keeps it: 'process.env.KEY': JSON.stringify('v'), key: SecretValue.unsafePlainText('v')
  `(?i)(?:^|[^\\w.$@-])["'\`]?(${KEY})["'\`]?\\]?[ \\t]*(?:=>|:=|=|:)[ \\t]*${WRAP}${QUOTED}`,
  // A variable named for a credential with a literal fallback: private_key || "v", apiKey ?? "v", token ?: "v"; or a
  // key given an expression that falls back to one: `apiKey: opts.apiKey ?? "v"`, `pass: config.get('KEY') || "v"`,
  // Python's `API_TOKEN = context.api_token or "v"` (no call before the `or`: `getpass(… or "localhost")` is an argument),
  // or a schema's default (zod, yup, Joi): `API_KEY: z.string().default("v")`, or a Jinja default (Ansible):
  // `admin_password: "{{ vault_admin_password | default('v') }}"`
  `(?i)(?:^|[^\\w.$@-])(${KEY})["'\`]?\\]?[ \\t]*(?:(?:(?:=|:)[ \\t]*[^'"\`\\s][^\\n;]{0,119}?[ \\t])?(?:\\|\\||\\?\\?|\\?:)|(?:=|:)[ \\t]*[^'"\`\\s(][^\\n;()]{0,119}?[ \\t]or\\b|(?:=|:)[ \\t]*[^'"\`\\s][^\\n;]{0,119}?\\)\\.default\\(|(?:=|:)[ \\t]*["']?\\{\\{[^}\\n]{0,120}?\\|[ \\t]*default\\()[ \\t]*${QUOTED}`,
  // A key and a value alone on a config line, apart by spaces: Fluent Bit's `HTTP_Passwd  v`, `Splunk_Token v`, a game
  // server's `rcon_password "v" // note`, a Tcl keyed list's `{ FTPPASSWD v }` or `{ FTPPASSWD {v} }` (Cloverleaf's NetConfig)
  `(?i)^[ \\t]*(?:\\{[ \\t]*)?(${KEY})[ \\t]+(?:"([^"\\n]+)"[ \\t]*(?:\\/\\/[^\\n]*)?|\\{([^{}\\s]+)\\}[ \\t]*\\}|([^\\s"'\`=:;,{}()<>|][^\\s"'\`:;,{}()<>|]*)[ \\t]*\\}?[ \\t]*)\\r?$`,
  // A name and a value as a pair of literals: SQL's VALUES ('smtp_password', 'v'), Python's [('api_key', 'v')],
  // or two quoted cells of a CSV row ("slack","signing_secret","v"), or a flag and its value opening an argument array's line,
  // or an Elixir atom and its value (`config :app, :license_key, "v"`, `Application.put_env(:app, :api_key, "v")`),
  // or a class's constant naming the setting (`cf.setStringProperty(WMQConstants.PASSWORD, "v")`, JNDI's
  // `env.put(Context.SECURITY_CREDENTIALS, "v")`; choose.ts asks for it only when the name is in capitals)
  `(?i)(?:(?:(?:^|[\\s,(\\[])\\(\\s*|(?:^|,)|^[ \\t]+)['"]|[(,][ \\t]*:|\\([ \\t]*(?:[A-Za-z_]\\w*\\.)+)([^'",\\n]*${KW}[^'",\\n]*)['"]?\\s*,\\s*${QUOTED}\\s*(?:\\)|,|\\r?$)`,
  // PHP's serialize(): s:13:"client_secret";s:40:"v"; (WordPress options, Magento config), quotes escaped in a SQL dump
  `(?i)s:\\d{1,4}:\\\\?"([^"\\\\\\n]*${KW}[^"\\\\\\n]*)\\\\?";s:\\d{1,5}:\\\\?"([^"\\\\\\n]+)\\\\?"`,
  // A user and a password as a pair under a credential's name: requests' `auth=("svc", "v")`, `LOGGER_AUTH = ("labread", "v")`,
  // `TRAIN_CREDS = ["id", "v"]`: the second literal is the password; with an empty password the first is the
  // key (Basic auth with the secret key as the user name, as Stripe, Xendit and Flip take it: `FLIP_AUTH = ("v", "")`)
  `(?i)(?:^|[^\\w.$@-])((?:[\\w$@-]*[_.-])?(?:auth|creds?|credentials|login|basic|basic_?auth|user_?pass))[ \\t]*[=:][ \\t]*[(\\[][ \\t]*(?:(?:"[^"\\n]{1,80}"|'[^'\\n]{1,80}')[ \\t]*,[ \\t]*${QUOTED}|${QUOTED}[ \\t]*,[ \\t]*(?:""|''))[ \\t]*[)\\]]`,
  // An XML element named for a credential with attributes before its text: Magento's config.xml default
  // `<api_key backend_model="…\\Encrypted">v</api_key>` (the attribute says how the admin stores it, not this value)
  `(?i)<([\\w.-]*${KW}[\\w.-]*)(?:\\s+[\\w:.-]+\\s*=\\s*"[^"\\n]*")+\\s*>([^<\\n]{1,256})</`,
  // An XML element named by an attribute, with more attributes before its text: Android's
  // <string name="mqtt_password" translatable="false">v</string>, <entry key="api.token" type="string">v</entry>
  `(?i)<[\\w:.-]+\\s+(?:name|key)\\s*=\\s*"([^"]*${KW}[^"]*)"[^>\\n]*>([^<\\n]+)</`,
  // setPassword("v"), withApiKey('v'), .token("v"): one argument (`set_password("system", "user", "v")` names
  // a service first, `get_password("system", "user")` reads one)
  `(?i)(?:^|[^\\w$])((?:set|with|use)?[\\w$]*${KW}[\\w$]*)\\(\\s*${QUOTED}\\s*\\)`,
];

/** Index of the setter-call pattern: a credential constructor takes a user name first, not the secret. */
export const CALL = SOURCES.length - 1;
/** Index of the pattern for an XML element named by an attribute (`<string name="x" translatable="false">v</string>`). */
export const XML_ELEMENT = SOURCES.length - 2;
/** Index of the pattern for an XML element named for a credential, with attributes (`<api_key backend_model="…">v</api_key>`). */
export const XML_ATTRIBUTED = SOURCES.length - 3;
/** Indexes of the fallback patterns: after an environment lookup, and a substitution's default (whose key sits in `${`). */
export const FALLBACK = 6;
export const SUBSTITUTION = 7;
/** Index of the pattern for a name and a value in one object (`{"key": "password", "value": "v"}`). */
export const NAMED = 8;
/** Index of the pattern for a function that returns a literal (`def api_key, do: "v"`). */
export const RETURNS = 9;
/** Indexes of the patterns for a variable's literal fallback (`private_key || "v"`), a config line's `key value`, and a pair of literals (`('api_key', 'v')`). */
export const BARE_FALLBACK = 11;
/** Index of the pattern for directives (`ENV KEY v`, `set -gx KEY v`, `#define KEY "v"`). */
export const DIRECTIVES = 4;
export const CONF_LINE = 12;
export const TUPLE = 13;
/** Index of the pattern for PHP's serialized pairs (`s:6:"secret";s:5:"v";`). */
export const SERIALIZED = 14;
/** Index of the pattern for a user and a password as a pair under a credential's name (`auth=("svc", "v")`). */
export const AUTH_PAIR = 15;
/** Index of the pattern for a literal passed through a WRAP call. */
export const WRAPPED = 10;
/** Names of the WRAP calls, looked for before the pattern runs. */
export const WRAP_NAMES = ['stringify(', 'Buffer.from(', 'SecretStr(', 'secret(', 'PlainText(', 'plainText(', '[]byte(', 'TrimSpace(', 'fromhex('];
