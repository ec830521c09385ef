"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.WORDISH = exports.OR = exports.ENV_CALL = exports.ENV_PROPERTY = exports.QUOTED = exports.VALUE = exports.KEY = void 0;
exports.shape = shape;
exports.pairsOn = pairsOn;
/**
 * Key/value pairs on a line, by syntax: assignments in every common form (env, YAML, JSON, TOML, INI,
 * properties, shell, code, connection-string fields, XML attributes), XML elements, .NET `<add key
 * value>`, PHP `define()`, Dockerfile `ENV`/`ARG` and fish `set` with a space, command-line flags, typed
 * declarations (`const KEY: &str = "v"`) and setter calls (`setPassword("v")`). Only pairs whose key
 * holds a credential word are returned; keys.ts decides what the key really says. RE2 only.
 */
const re2_1 = __importDefault(require("re2"));
const literal_1 = require("./literal");
const not_a_key_1 = require("./not-a-key");
/** A word a credential key holds somewhere (keys.ts judges the whole key). */
const KW = '(?:pass|pwd|psk|secret|token|key|auth|cred|bearer|salt|dsn)';
exports.KEY = `(?:[\\w$@-]+[.:/])*[\\w$@-]*${KW}[\\w$@-]*`;
/**
 * A call that passes a literal through unchanged, or marks it a secret: webpack's DefinePlugin takes
 * `JSON.stringify('v')`, CDK `SecretValue.unsafePlainText('v')`, Pulumi `pulumi.secret('v')`, pydantic
 * `SecretStr('v')`, Node `Buffer.from('v')`.
 */
const WRAP = '(?:JSON\\.stringify|Buffer\\.from|SecretStr|pulumi\\.secret|(?:[\\w$]+\\.)?SecretValue\\.(?:unsafePlainText|plainText))\\([ \\t]*';
/** A value: double-quoted with escaped quotes (`\"v\"`, a string inside a JSON string), double-, single- or back-quoted (a string prefix such as r"", @"" allowed), or bare. */
exports.VALUE = `(?:\\\\"((?:[^"\\\\\\n]|\\\\[^"\\n])+)\\\\"|[rbufRBUF@]{0,2}"((?:[^"\\\\\\n]|\\\\.)+)"|[rbufRBUF@]{0,2}'((?:[^'\\\\\\n]|\\\\.)+)'|\`([^\`\\n]+)\`|([^\\s"'\`;<>|]+))`;
exports.QUOTED = '(?:[rbuf@]{0,2}"((?:[^"\\\\\\n]|\\\\.)+)"|[rbuf@]{0,2}\'((?:[^\'\\\\\\n]|\\\\.)+)\')';
/** What reads the environment by a property or an index (`process.env.X`, `ENV['X']`, `$_ENV['X']`, `os.environ['X']`). */
exports.ENV_PROPERTY = '(?:process\\.env|import\\.meta\\.env|\\benv|os\\.environ|\\$_(?:env|server)|\\$ENV)';
/** What reads the environment or a setting by a call (`getenv(`, `System.getenv(`, `ENV.fetch(`, `os.environ.get(`, `config(`, Gradle's `findProperty(`). */
exports.ENV_CALL = '(?:[\\w$]+(?:\\.|::))*(?:getenv|get_?env|env|fetch|get|getenvironmentvariable|getordefault|getorelse|getproperty|findproperty|config|fromenvironment|var)';
/** The operators that give a fallback when the lookup finds nothing. */
exports.OR = '(?:\\|\\||\\?\\?|\\?:|or\\b)';
/** Patterns, each with the key in group 1 and the value in the first non-empty of the following groups. */
const SOURCES = [
    // KEY = v, KEY: v, "key": "v", key => 'v', key := "v", env["KEY"] = "v", <key>v; Go's spew dumps, `Key: (string) (len=40) "v"`
    `(?i)(?:^|[^\\w.$@-])["'\`]?(${exports.KEY})["'\`]?\\]?[ \\t]*(?:=>|:=|[+?]?=|:|->|>)[ \\t]*(?:\\((?:string|len=\\d+)\\)[ \\t]*)*${exports.VALUE}`,
    // const KEY: &str = "v", let apiKey: String = "v"
    `(?i)(?:^|[^\\w.$@-])(${exports.KEY})[ \\t]*:[ \\t]*&?[\\w<>\\[\\]'. ]{1,40}?=[ \\t]*${exports.QUOTED}`,
    // <add key="ApiToken" value="v" />
    `(?i)<add\\s+key\\s*=\\s*"([^"]*${KW}[^"]*)"\\s+value\\s*=\\s*"([^"]+)"`,
    // define('DB_PASSWORD', 'v'), putenv/setenv("KEY", "v"), System.setProperty("key", "v"),
    // [Environment]::SetEnvironmentVariable('KEY', 'v', 'User'), os.environ.setdefault("KEY", "v"), .header("X-Api-Key", "v")
    `(?i)(?:define|putenv|setenv|setproperty|setenvironmentvariable|setdefault|header|setheader|addheader|withheader)\\(\\s*['"]([^'"]*${KW}[^'"]*)['"]\\s*,\\s*${exports.QUOTED}`,
    // ENV KEY v (Dockerfile), set -gx KEY v (fish, and its history's `- cmd: set -Ux KEY v`), #define KEY "v" (C)
    `(?i)^[ \\t]*(?:- cmd:[ \\t]*)?(?:ENV|ARG|#[ \\t]*define|set(?:[ \\t]+-[a-zA-Z]+)*)[ \\t]+(${exports.KEY})[ \\t]+${exports.VALUE}`,
    // --password v, -token v (flags separated by a space; --flag=v is an assignment)
    `(?i)(?:^|[ \\t])(--?[\\w-]*${KW}[\\w-]*)[ \\t]+([^\\s"'\`;<>|-][^\\s"'\`;<>|]*|"[^"\\n]+"|'[^'\\n]+')`,
    // A literal fallback after an environment lookup, keyed by the variable's name: process.env.KEY || "v",
    // ENV['KEY'] ?? 'v', getenv('KEY') ?: 'v', os.getenv("KEY", "v"), env('KEY', 'v'), config("KEY", default="v"),
    // Sys.getenv("KEY", unset = "v") (R), sys.env.getOrElse("KEY", "v") (Scala), String.fromEnvironment('KEY',
    // defaultValue: 'v') (Dart), env::var("KEY").unwrap_or_else(|_| String::from("v")) (Rust)
    `(?i)(?:${exports.ENV_PROPERTY}(?:\\.|\\[[ \\t]*["']|\\{[ \\t]*["']?)|${exports.ENV_CALL}\\([ \\t]*["'])(${exports.KEY})(?:["']?[ \\t]*[\\]}])?["']?[ \\t]*(?:${exports.OR}|\\)[ \\t]*(?:${exports.OR}|\\.unwrap_or(?:_else)?\\([ \\t]*(?:\\|_?\\|[ \\t]*)?(?:String::from\\()?)|,[ \\t]*(?:(?:default|unset|defaultValue)[ \\t]*[=:][ \\t]*)?)[ \\t]*${exports.QUOTED}`,
    // The default of a substitution: ${KEY:-v}, ${KEY-v}, ${KEY:=v} (shell, Compose), ${KEY:v} (Spring); not ${KEY:?message} or ${KEY:+alternate}
    `(?i)\\$\\{(${exports.KEY})(?::-|:=|-|:)([^?+=}\\s"'$-][^}\\s"'$]*)\\}`,
    // { "key": "password", "value": "v" } (Postman, Insomnia), {"name": "DB_PASSWORD", "value": "v"} (ECS, HAR),
    // <option name="password" value="v" /> (XML attributes: JetBrains' settings, Ant, .NET)
    `(?i)["']?(?:name|key)["']?[ \\t]*[:=][ \\t]*["'](${exports.KEY})["'](?:[ \\t]*,[ \\t]*|[ \\t]+)["']?value["']?[ \\t]*[:=][ \\t]*${exports.VALUE}`,
    // A function named for a credential that returns a literal: def api_key, do: "v" (Elixir), def api_key = "v"
    // (Ruby), fun apiKey() = "v" (Kotlin), def api_key(self): return "v" (Python), get apiKey() { return "v" } (JS)
    `(?i)(?:\\bdefp?|\\bfun|\\bget)[ \\t]+(${exports.KEY})[ \\t]*(?:\\([^)\\n]{0,40}\\))?[ \\t]*(?::[ \\t]*[\\w.<>\\[\\]]{1,40}[ \\t]*)?(?:,[ \\t]*do:|=|:[ \\t]*return|\\{[ \\t]*return)[ \\t]*${exports.QUOTED}`,
    // A literal passed through a call that keeps it: 'process.env.KEY': JSON.stringify('v'), key: SecretValue.unsafePlainText('v')
    `(?i)(?:^|[^\\w.$@-])["'\`]?(${exports.KEY})["'\`]?\\]?[ \\t]*(?:=>|:=|=|:)[ \\t]*${WRAP}${exports.QUOTED}`,
    // A variable named for a credential with a literal fallback: private_key || "v", apiKey ?? "v", token ?: "v"
    `(?i)(?:^|[^\\w.$@-])(${exports.KEY})[ \\t]*(?:\\|\\||\\?\\?|\\?:)[ \\t]*${exports.QUOTED}`,
    // A key and a bare value alone on a config line, apart by spaces: Fluent Bit's `HTTP_Passwd  v`, `Splunk_Token v`
    `(?i)^[ \\t]*(${exports.KEY})[ \\t]+([^\\s"'=:;,{}()<>|]+)[ \\t]*\\r?$`,
    // A name and a value as a pair of literals: SQL's VALUES ('smtp_password', 'v'), Python's [('api_key', 'v')]
    `(?i)(?:^|[\\s,(\\[])\\(\\s*['"]([^'"\\n]*${KW}[^'"\\n]*)['"]\\s*,\\s*${exports.QUOTED}\\s*\\)`,
    // setPassword("v"), withApiKey('v'), .token("v"): one argument (`set_password("system", "user", "v")` names
    // a service first, `get_password("system", "user")` reads one)
    `(?i)(?:^|[^\\w$])((?:set|with|use)?[\\w$]*${KW}[\\w$]*)\\(\\s*${exports.QUOTED}\\s*\\)`,
];
/** Longest value, in bytes, taken from a pair. */
const MAX_VALUE = 512;
/** Index of the setter-call pattern: a credential constructor takes a user name first, not the secret. */
const CALL = SOURCES.length - 1;
/** Indexes of the fallback patterns: after an environment lookup, and a substitution's default (whose key sits in `${`). */
const FALLBACK = 6;
const SUBSTITUTION = 7;
/** Index of the pattern for a name and a value in one object (`{"key": "password", "value": "v"}`). */
const NAMED = 8;
/** Index of the pattern for a function that returns a literal (`def api_key, do: "v"`). */
const RETURNS = 9;
/** Indexes of the patterns for a variable's literal fallback (`private_key || "v"`), a config line's `key value`, and a pair of literals (`('api_key', 'v')`). */
const BARE_FALLBACK = 11;
/** Index of the pattern for directives (`ENV KEY v`, `set -gx KEY v`, `#define KEY "v"`). */
const DIRECTIVES = 4;
const CONF_LINE = 12;
const TUPLE = 13;
/** Index of the pattern for a literal passed through a WRAP call. */
const WRAPPED = 10;
/** Names of the WRAP calls, looked for before the pattern runs. */
const WRAP_NAMES = ['stringify(', 'Buffer.from(', 'SecretStr(', 'secret(', 'PlainText(', 'plainText('];
/** A function's definition just before its name. */
const DEFINITION = /(?:^|\s)(?:defp?|fun|get)\s+$/;
/** The name at `k` follows `def`, `defp`, `fun` or `get` and a space (bytes looked at before a string is made). */
function defined(line, k) {
    let i = k;
    while (i > 0 && (line[i - 1] === 32 || line[i - 1] === 9))
        i--;
    const c = line[i - 1];
    if (i === k || (c !== 102 && c !== 112 && c !== 110 && c !== 116))
        return false;
    return DEFINITION.test(line.toString('latin1', Math.max(0, i - 6), k));
}
let compiled;
/** A quoted literal joined to more by an operator (`"a" + b`, PHP `'a' . $b`, Lua `..`, VB `&`): the assembly stage reads the whole. */
function joined(line, end) {
    return /^["'`][ \t]*(\+|\.\.?|&)[ \t]*["'`\w$(]/.test(line.toString('latin1', end, Math.min(line.length, end + 8)));
}
/** After the value: more words (not a comment, a separator or a closing bracket) on the same line. */
function moreWords(line, end) {
    const rest = line
        .toString('latin1', end, Math.min(line.length, end + 64))
        .replace(/^["'`]/, '')
        .trimStart();
    return rest.length > 0 && !/^([#;,)\]}<>]|\/\/|--|\/\*|\||&&|\\$)/.test(rest);
}
/** Drops trailing commas and closing brackets that the value does not open itself (`x[:k]` keeps its `]`). */
function trimClosers(v) {
    const opener = { ')': '(', ']': '[', '}': '{' };
    let end = v.length;
    for (; end > 0; end--) {
        const c = v[end - 1];
        if (c === ',')
            continue;
        const o = opener[c];
        if (!o)
            break;
        const body = v.slice(0, end - 1);
        if (body.split(o).length > body.split(c).length)
            break; // balanced: the value's own bracket
    }
    return v.slice(0, end);
}
const DIRECTIVE = /^[ \t]*(?:- cmd:[ \t]*)?(?:ENV|ARG|set|#[ \t]*define)[ \t]/i;
/** The key at `k` is the first thing on its line (after indentation). */
function startsLine(line, k) {
    let i = k;
    while (i > 0 && (line[i - 1] === 32 || line[i - 1] === 9))
        i--;
    return i === 0;
}
/** The key at `k` opens a pair of literals: `('` or `("` before it. */
function tupleOpens(line, k) {
    const q = line[k - 1];
    if (q !== 39 && q !== 34)
        return false;
    let i = k - 2;
    while (i >= 0 && (line[i] === 32 || line[i] === 9))
        i--;
    return line[i] === 40;
}
/** Where the word holding the keyword at `h` starts. */
function keyStartOf(line, h) {
    let k = h;
    while (k > 0 && exports.WORDISH[line[k - 1]])
        k--;
    return k;
}
/** The word holding the keyword at `h` opens with a quote (`'NUGET_API_KEY'`). */
function quotedBefore(line, h) {
    const k = keyStartOf(line, h);
    return line[k - 1] === 34 || line[k - 1] === 39;
}
/** Calls that set a variable or property by name (the pattern of `define(`). */
const SETTERS = /(?:putenv|setenv|setproperty|setenvironmentvariable|setdefault|header)\(/i;
/** Bytes a key's word is made of (letters, digits, `_ $ @ . -`): 1, else 0. */
exports.WORDISH = new Uint8Array(256);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_$@.-')
    exports.WORDISH[ch.charCodeAt(0)] = 1;
/**
 * Which patterns can match around the keywords at `hits` (offsets in the line): what follows the key a
 * keyword sits in decides. Most keywords in code are not keys at all (`tokens.push(token)`), and the
 * rest need one pattern, not all seven: one native call per line instead of seven.
 */
function patternsFor(line, hits) {
    const want = new Set();
    for (const h of hits) {
        // A keyword that holds its key's opening quote (`"key"`) starts before the word.
        let i = line[h] === 34 ? h + 1 : h;
        while (i < line.length && exports.WORDISH[line[i]])
            i++;
        if (line[i] === 34 || line[i] === 39 || line[i] === 96)
            i++;
        if (line[i] === 93)
            i++;
        let spaces = 0;
        while (line[i] === 32 || line[i] === 9) {
            i++;
            spaces++;
        }
        const c = line[i];
        if (c === 61 || c === 58 || c === 62 || c === 43 || c === 45 || (c === 63 && line[i + 1] === 61))
            want.add(0); // = : > += -> ?=
        if (c === 58)
            want.add(1);
        // A lookup's name then `,` `)` `}` `||` `??` `?:` or `or`: getenv("KEY", "v"), process.env.KEY || "v", $ENV{KEY} || 'v'.
        if (c === 44 || c === 41 || c === 125 || c === 124 || c === 63 || (c === 111 && line[i + 1] === 114))
            want.add(FALLBACK);
        if ((c === 124 && line[i + 1] === 124) || (c === 63 && (line[i + 1] === 63 || line[i + 1] === 58)))
            want.add(BARE_FALLBACK);
        if (c === 44 && tupleOpens(line, keyStartOf(line, h)))
            want.add(TUPLE);
        if ((c === 44 && line.subarray(i, i + 24).indexOf('alue') >= 0) ||
            (spaces > 0 &&
                (c | 32) === 118 &&
                line
                    .subarray(i, i + 6)
                    .toString('latin1')
                    .toLowerCase() === 'value='))
            want.add(NAMED);
        if (c === 44 && quotedBefore(line, h) && SETTERS.test(line.toString('latin1', Math.max(0, h - 64), h)))
            want.add(3);
        if ((c === 44 || c === 40 || c === 61 || c === 58) && defined(line, keyStartOf(line, h)))
            want.add(RETURNS);
        // setPassword("v"): a call with a string literal first.
        if (c === 40) {
            let j = i + 1;
            while (line[j] === 32)
                j++;
            if (line[j] === 34 || line[j] === 39)
                want.add(CALL);
        }
        if (spaces > 0 && c !== undefined && c !== 61 && c !== 58) {
            let k = h;
            while (k > 0 && exports.WORDISH[line[k - 1]])
                k--;
            if (line[k] === 45)
                want.add(5); // --password value
            if (DIRECTIVE.test(line.toString('latin1', 0, Math.min(line.length, 16))))
                want.add(DIRECTIVES); // ENV KEY value, set -gx KEY value, #define KEY "v"
            else if (startsLine(line, keyStartOf(line, h)))
                want.add(CONF_LINE);
        }
    }
    if (want.has(0) && line.indexOf(40) >= 0 && WRAP_NAMES.some((w) => line.indexOf(w) >= 0))
        want.add(WRAPPED);
    if (line.indexOf('define') >= 0)
        want.add(3);
    if (line.indexOf('<add') >= 0)
        want.add(2);
    if (line.indexOf('${') >= 0)
        want.add(SUBSTITUTION);
    return [...want].sort((a, b) => a - b);
}
/**
 * The pair whose value spans `start`..`end` of `line` (a pattern's group), its quotes and trailing
 * punctuation taken off; `keyStart` is where its key begins on the line (the line before, for a value
 * given below its name: -1).
 */
function shape(line, key, keyStart, start, end) {
    // Values are unbounded in the patterns (bounded repeats made RE2's automata several times slower)
    // and bounded here: a longer run is not one credential.
    if (end - start > MAX_VALUE)
        return undefined;
    let raw = line.toString('utf8', start, end);
    const before = start > 0 ? line[start - 1] : 0;
    // A string escaped inside another (`\"v\"` in a notebook's JSON or a shell argument) is quoted too.
    const escaped = before === 34 && line[start - 2] === 92 && line[end] === 92 && line[end + 1] === 34;
    let quoted = ((before === 34 || before === 39 || before === 96) && line[end] === before) || escaped;
    if (/^["'].*["']$/s.test(raw)) {
        raw = raw.slice(1, -1);
        start++;
        end--;
        quoted = true;
    }
    // A bare value that ends a statement or an object keeps its value, not the punctuation.
    const trimmed = quoted ? raw : trimClosers(raw);
    end -= Buffer.byteLength(raw) - Buffer.byteLength(trimmed);
    if (trimmed.length === 0)
        return undefined;
    const spaced = /\s$/.test(line.toString('latin1', Math.max(0, start - 1), start));
    const expression = quoted ? joined(line, end) : spaced && moreWords(line, end);
    let value = trimmed;
    let inString = false;
    // A field of a connection string or a URL's query inside a string literal (the line is walked from its
    // start only for a key that starts a field, and not far into a long line).
    const quotedKey = keyStart > 0 && (line[keyStart - 1] === 34 || line[keyStart - 1] === 39) && line[keyStart + Buffer.byteLength(key)] === line[keyStart - 1];
    // A URL's query parameter (`?key=v&q=x`, `oauth_token=v&oauth_verifier=w`), in a string or bare: the
    // value ends where the next one starts.
    const param = !quoted ? /&(?:[\w.-]+=|$)/.exec(trimmed) : null;
    if (param) {
        value = trimmed.slice(0, param.index);
        end -= Buffer.byteLength(trimmed) - Buffer.byteLength(value);
    }
    if (!quoted && !quotedKey && keyStart > 0 && keyStart < 1024 && literal_1.FIELD_EDGE[line[keyStart - 1]] === 1 && (0, literal_1.insideString)(line, keyStart))
        inString = (0, literal_1.fieldEnd)(line, end);
    return { key, value, start, end, quoted, expression, inString, quotedKey };
}
/** Every key/value pair on `line` whose key holds a credential word; `hits` are the keyword offsets in it. */
function pairsOn(line, hits) {
    compiled ??= SOURCES.map((s) => new re2_1.default(s, 'gd'));
    const out = [];
    const seen = new Set();
    for (const n of hits ? patternsFor(line, hits) : SOURCES.map((_s, i) => i)) {
        const re = compiled[n];
        re.lastIndex = 0;
        for (let m = re.exec(line); m; m = re.exec(line)) {
            const idx = m.indices;
            const g = idx.findIndex((span, i) => i >= 2 && span !== undefined);
            if (g < 0 || !idx[1] || (n !== SUBSTITUTION && (0, not_a_key_1.notAKey)(line, idx[1][0])) || (0, not_a_key_1.scoped)(line, idx[1][0], idx[1][1]))
                continue;
            if (n === 0 && (0, not_a_key_1.comparison)(line, idx[1][0], idx[1][1]))
                continue;
            // A value holding `=` may hold pairs of its own (`dsn = "host=db password=v"`): read on from inside
            // it, unless it is a template, whose insides are lookups (`{{ lookup('x', 'secret=kv/app') }}`).
            if ((0, literal_1.holdsPairs)(line, idx[g][0], idx[g][1]))
                re.lastIndex = idx[g][0];
            const key = line.toString('utf8', idx[1][0], idx[1][1]);
            if (not_a_key_1.NOT_A_KEY_NAME.test(key) || (n === CALL && (not_a_key_1.NOT_A_SETTER.test(key) || not_a_key_1.NOT_A_SETTER_VERB.test(key) || not_a_key_1.AMBIGUOUS_CALL.test(key))))
                continue;
            // A pair of literals names a setting only with a setting's name (`smtp_password`): `("password", hash)` is a test's input and its digest.
            if (n === TUPLE && !/[_.-]/.test(key))
                continue;
            const pair = shape(line, key, idx[1][0], idx[g][0], idx[g][1]);
            if (!pair || seen.has(pair.start))
                continue;
            if (n === DIRECTIVES && line.indexOf('define') >= 0 && (0, not_a_key_1.spellsOwnName)(key, pair.value))
                continue;
            if (n === NAMED)
                pair.named = true;
            seen.add(pair.start);
            out.push(pair);
        }
    }
    return out;
}
