"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WORDISH = void 0;
exports.patternsFor = patternsFor;
/**
 * Which of the extractor's patterns (sources.ts) can match around a line's keywords: what follows the
 * key a keyword sits in decides, so a line costs one native call or two, not one per pattern.
 */
const sources_1 = require("./sources");
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
const DIRECTIVE = /^[ \t]*(?:- cmd:[ \t]*)?(?:ENV|ARG|set|SetEnv|fastcgi_param|#[ \t]*define|cf[ \t]+set-env)[ \t]/i;
/** The key at `k` is the first thing on its line (after indentation), or of a Tcl keyed list's element opening it (`{ KEY v }`). */
function startsLine(line, k) {
    let i = k;
    while (i > 0 && (line[i - 1] === 32 || line[i - 1] === 9))
        i--;
    if (i > 0 && line[i - 1] === 123)
        i--;
    while (i > 0 && (line[i - 1] === 32 || line[i - 1] === 9))
        i--;
    return i === 0;
}
/** The key at `k` opens a pair of literals: `('` or `("` before it, or a quoted CSV cell (`,"` or a line's first `"`). */
function tupleOpens(line, k) {
    const q = line[k - 1];
    if (q === 58)
        return atomOpens(line, k - 1);
    if (q === 40 || q === 32 || q === 9)
        return constantOpens(line, k);
    if (q !== 39 && q !== 34)
        return false;
    if (k === 1 || line[k - 2] === 44)
        return true;
    let i = k - 2;
    while (i >= 0 && (line[i] === 32 || line[i] === 9))
        i--;
    // A command-line flag opening an argument array's line (`'--servicepassword', 'v',` in PowerShell or Python).
    return line[i] === 40 || (i < 0 && line[k] === 45);
}
/** An Elixir atom's colon at `c` follows `,` or `(` (`config :app, :api_key, "v"`), not a key's `key: v`. */
function atomOpens(line, c) {
    let i = c - 1;
    while (i >= 0 && (line[i] === 32 || line[i] === 9))
        i--;
    return line[i] === 44 || line[i] === 40;
}
/**
 * A class's constant in capitals opens a call's arguments (`setStringProperty(WMQConstants.PASSWORD, "v")`):
 * the dotted word at `k` follows `(`, and its last part has no lower-case letter, as a constant's name
 * has none and a variable's (`user.password`) has.
 */
function constantOpens(line, k) {
    let e = k;
    while (e < line.length && exports.WORDISH[line[e]] === 1)
        e++;
    const dot = line.lastIndexOf(46, e - 1);
    if (dot < k)
        return false;
    for (let j = dot + 1; j < e; j++)
        if (line[j] >= 97 && line[j] <= 122)
            return false;
    let i = k;
    while (i > 0 && (line[i - 1] === 32 || line[i - 1] === 9))
        i--;
    return line[i - 1] === 40;
}
/** Where the word holding the keyword at `h` starts. */
function keyStartOf(line, h) {
    let k = h;
    while (k > 0 && exports.WORDISH[line[k - 1]])
        k--;
    return k;
}
/** Calls that set a variable or property by name (the pattern of `define(`), Spark's option, config and conf.set, ROS 2's parameters and Bamboo Specs' variables among them. */
const SETTERS = /(?:(?:putenv|setenv|setproperty|setenvironmentvariable|setdefault|header|\.option|\.config|\.set|declare_parameter|declarelaunchargument|new[ \t]+variable)\(|(?:buildconfigfield|resvalue)\(\s*["'][\w.]{1,20}["']\s*,\s*|\.string(?:var)?p?\(\s*(?:&[\w.]+\s*,\s*)?)/i;
/** At `j` (after a key's `=` or `:`): blanks, then `(` or `[`, then a quote (`auth=("svc", "v")`). */
function opensPair(line, j) {
    while (line[j] === 32 || line[j] === 9)
        j++;
    if (line[j] !== 40 && line[j] !== 91)
        return false;
    j++;
    while (line[j] === 32 || line[j] === 9)
        j++;
    return line[j] === 34 || line[j] === 39;
}
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
    for (const hit of hits) {
        // A keyword that holds the blank before its key (` auth:`, so `oauth:` is not a hit) starts at the key.
        let h = hit;
        while (line[h] === 32 || line[h] === 9)
            h++;
        const k = keyStartOf(line, h);
        // A keyword that holds its key's opening quote (`"key"`) or its element's `<` (`<pw>`) starts before the word.
        let i = line[h] === 34 || line[h] === 60 ? h + 1 : h;
        // A key's letters beyond ASCII (`şifre`, `hasło`) are part of its word.
        while (i < line.length && (exports.WORDISH[line[i]] || line[i] >= 0x80))
            i++;
        // A key quoted inside a JSON string (`\"password\":\"v\"`, a HAR's recorded request body) closes with `\"`.
        if (line[i] === 92 && line[i + 1] === 34)
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
        if (c === 60 && (line[i + 1] === 45 || (line[i + 1] === 60 && line[i + 2] === 45)))
            want.add(0); // R's <- and <<-
        if ((c === 124 || c === 63) && line[i + 1] === c && line[i + 2] === 61)
            want.add(0); // ||= ??=
        if (c === 58)
            want.add(1);
        // C#'s `Password { get; set; } = "v"`.
        if (c === 123 && line.indexOf('get;', i) > 0)
            want.add(1);
        // Visual Basic's `Const KEY As String = "v"`.
        if (spaces > 0 && (c | 32) === 97 && (line[i + 1] | 32) === 115 && (line[i + 2] === 32 || line[i + 2] === 9))
            want.add(1);
        // A lookup's name then `,` `)` `}` `||` `??` `?:` or `or`: getenv("KEY", "v"), process.env.KEY || "v", $ENV{KEY} || 'v'.
        if (c === 44 || c === 41 || c === 125 || c === 124 || c === 63 || (c === 111 && line[i + 1] === 114))
            want.add(sources_1.FALLBACK);
        if ((c === 124 && line[i + 1] === 124) || (c === 63 && (line[i + 1] === 63 || line[i + 1] === 58)))
            want.add(sources_1.BARE_FALLBACK);
        // `key: expr ?? 'v'`: the expression's literal fallback (Python's `expr or 'v'`); `key: z.string().default('v')`: a schema's default, as Jinja's `| default('v')`.
        if ((c === 58 || c === 61) && (line.indexOf('??', i) > 0 || line.indexOf('||', i) > 0 || line.indexOf(' or ', i) > 0 || line.indexOf('default(', i) > 0))
            want.add(sources_1.BARE_FALLBACK);
        if (c === 44 && tupleOpens(line, k))
            want.add(sources_1.TUPLE);
        if ((c === 61 || c === 58) && opensPair(line, i + 1))
            want.add(sources_1.AUTH_PAIR);
        if (c === 59 && line[i + 1] === 115 && line[i + 2] === 58)
            want.add(sources_1.SERIALIZED); // ";s:
        if (
        // Up to three short fields may sit between the name and its value (`"scope": "repo"`).
        // A field named in words with a qualifier (`"API key (prod)", "value": …`).
        ((c === 44 || (c === 40 && spaces > 0)) && line.subarray(i, i + 200).indexOf('alue') >= 0) ||
            (spaces > 0 &&
                (c | 32) === 118 &&
                line
                    .subarray(i, i + 6)
                    .toString('latin1')
                    .toLowerCase() === 'value=') ||
            // Other attributes before it: Tomcat's `<Environment name="k" type="java.lang.String" value="v"/>`.
            (spaces > 0 && c !== 61 && c !== 58 && (line.subarray(i, i + 200).indexOf(' value="') >= 0 || line.subarray(i, i + 200).indexOf(' defaultValue="') >= 0)))
            want.add(sources_1.NAMED);
        if (c === 44 && (line[k - 1] === 34 || line[k - 1] === 39) && SETTERS.test(line.toString('latin1', Math.max(0, h - 64), h)))
            want.add(3);
        if ((c === 44 || c === 40 || c === 61 || c === 58) && defined(line, k))
            want.add(sources_1.RETURNS);
        // setPassword("v"): a call with a string literal first.
        if (c === 40) {
            let j = i + 1;
            while (line[j] === 32)
                j++;
            if (line[j] === 34 || line[j] === 39)
                want.add(sources_1.CALL);
        }
        if (spaces > 0 && c !== undefined && c !== 61 && c !== 58) {
            if (line[k] === 45)
                want.add(5); // --password value
            if (DIRECTIVE.test(line.toString('latin1', 0, Math.min(line.length, 16))))
                want.add(sources_1.DIRECTIVES); // ENV KEY value, set -gx KEY value, #define KEY "v"
            else if (startsLine(line, k))
                want.add(sources_1.CONF_LINE);
        }
    }
    if (want.has(0) && line.indexOf(40) >= 0 && sources_1.WRAP_NAMES.some((w) => line.indexOf(w) >= 0))
        want.add(sources_1.WRAPPED);
    if (line.indexOf('define') >= 0)
        want.add(3);
    if (line.indexOf('<add') >= 0)
        want.add(2);
    if (line.indexOf('</') > 0 && (line.indexOf('name=') > 0 || line.indexOf('key=') > 0))
        want.add(sources_1.XML_ELEMENT);
    else if (line.indexOf('</') > 0 && line.indexOf('="') > 0)
        want.add(sources_1.XML_ATTRIBUTED);
    if (line.indexOf('${') >= 0)
        want.add(sources_1.SUBSTITUTION);
    return [...want].sort((a, b) => a - b);
}
