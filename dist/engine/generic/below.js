"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.pairBelow = pairBelow;
exports.pairAfterCall = pairAfterCall;
/**
 * Pairs whose value is on the line below the key: a name and its value given as two fields, and an
 * assignment or an environment lookup's fallback continued on the next line. RE2 only.
 */
const re2_1 = __importDefault(require("re2"));
const regions_1 = require("../regions");
const extract_1 = require("./extract");
const sources_1 = require("./sources");
/** A name alone on its line (a logging endpoint's `header_name`, an SSM parameter's path, `"/app/prod/DEPUTY_TOKEN"`, by its last part), or a key that opens an object, whose value follows on the next (see pairBelow). */
const NAME_LINE = `(?i)^[ \\t]*(?:(?:-[ \\t]*)?["']?(?:header[_-]?)?(?:name|key)["']?[ \\t]*[:=][ \\t]*["']?(?:/[\\w.-]+)*?/?(${sources_1.KEY})["']?[ \\t]*,?|["'](${sources_1.KEY})["'][ \\t]*:[ \\t]*\\{|(${sources_1.KEY})[ \\t]*:)[ \\t]*(?:#[^\\n]*)?\\r?$`;
/** The value line under a name, or a YAML sequence's one literal under a mapping's key (a VCR cassette's `Api-Token:` then `- "v"`). */
const VALUE_LINE = `(?i)^[ \\t]*(?:["']?(?:header[_-]?)?value["']?[ \\t]*[:=][ \\t]*${sources_1.VALUE}|-[ \\t]+${sources_1.QUOTED}[ \\t]*\\r?$)`;
/**
 * A property list's key alone on its line (`<key>Password</key>`: Apple's .plist and .mobileconfig), its `<string>` on the
 * next; or an element named for a setting with its `<value>` below (TIBCO's .substvar `<name>//App.module//fraud.api.key</name>`
 * and AppManage's `<name>Connections/EMS/Password</name>`, whose paths start with slashes a key's pattern does not), or a
 * Jenkins job parameter's `<defaultValue>` (after its `<description>`).
 */
const PLIST_KEY_LINE = `(?i)^[ \\t]*<(?:key|name)>[\\w$@./:-]*?(${sources_1.KEY})</(?:key|name)>[ \\t]*\\r?$`;
const PLIST_STRING_LINE = '^[ \\t]*<(?:string|value|defaultValue)>([^<\\n]+)</(?:string|value|defaultValue)>';
/** An environment lookup of a key (`System.get_env("KEY")`, `os.environ["KEY"]`), its closing `)` left to the pattern. */
const LOOKUP = `(?:${sources_1.ENV_PROPERTY}(?:\\.|\\[[ \\t]*["'])|${sources_1.ENV_CALL}\\([ \\t]*["'])(${sources_1.KEY})(?:["'][ \\t]*\\])?["']?[ \\t]*`;
/**
 * A key whose value starts the next line: an assignment left open (`static final String SECRET =`,
 * `SECRET_KEY = (`), or an environment lookup's fallback operator (`System.get_env("KEY") ||`, `?:`, `??`).
 */
const OPEN_LINE = `(?i)(?:(?:^|[^\\w.$@-])["'\`]?(${sources_1.KEY})["'\`]?\\]?[ \\t]*(?:=|:=|=>)[ \\t]*\\(?|${LOOKUP}\\)?[ \\t]*${sources_1.OR})[ \\t]*\\r?$`;
/** An environment lookup closing its line (`GetEnvironmentVariable("TWILIO_AUTH_TOKEN")`, Ktor's `propertyOrNull("k")?.getString()`), whose fallback may start the next. */
const LOOKUP_LINE = `(?i)${LOOKUP}\\)(?:[ \\t]*\\??\\.getString\\(\\))?[ \\t]*\\r?$`;
/** A fallback operator opening its line, then a literal: `?? "v"`, `|| 'v'`, `?: "v"`, Rust's `.unwrap_or("v".into())`. */
const FALLBACK_LINE = `(?i)^[ \\t]*(?:${sources_1.OR}|${sources_1.UNWRAP})[ \\t]*${sources_1.QUOTED}`;
/**
 * A string literal alone on its line, closing the statement or the call at most; a lookup's fallback may
 * be named (django-environ's `env(` then `"KEY",` then `default="v",`).
 */
const LITERAL_LINE = `^[ \\t]*(?:(?:default|defaultValue|default_var)[ \\t]*[=:][ \\t]*)?${sources_1.QUOTED}[ \\t]*[;,)]*[ \\t]*\\r?$`;
/** An environment lookup's key and a comma closing its line: the fallback argument is on the next (`getOrDefault("KEY",`). */
const LOOKUP_COMMA_LINE = `(?i)${LOOKUP}[ \\t]*,[ \\t]*\\r?$`;
/** A key alone on its line as a call's first argument (`"DJANGO_SECRET_KEY",`), the call opened on the line above. */
const ARGUMENT_LINE = `(?i)^[ \\t]*["'](${sources_1.KEY})["'][ \\t]*,[ \\t]*\\r?$`;
/** A line that ends by opening an environment lookup's call (`SECRET_KEY = os.environ.get(`). */
const CALL_OPEN_LINE = `(?i)${sources_1.ENV_CALL}\\([ \\t]*\\r?$`;
/** A lookup's key and its literal fallback opening the line after the call (`"DJANGO_SECRET_KEY", "v"`). */
const ARGUMENTS_LINE = `(?i)^[ \\t]*["'](${sources_1.KEY})["'][ \\t]*,[ \\t]*(?:(?:default|defaultValue|default_var)[ \\t]*[=:][ \\t]*)?${sources_1.QUOTED}[ \\t]*[,)]?[ \\t;]*\\r?$`;
let below;
/** The line after the one ending at `le`, when it is not too long to be a value's line. */
function nextLine(bytes, le) {
    const vs = le + 1;
    let ve = (0, regions_1.nextNewline)(bytes, vs, Math.min(bytes.length, vs + 4097));
    if (ve < 0)
        ve = bytes.length;
    return ve - vs > 4096 ? undefined : [vs, bytes.subarray(vs, ve)];
}
/**
 * The pair of `key` and the value a pattern matched on the line at `vs`: the first group from `first` on.
 * `keyStart` is where the key begins on that line, -1 when it is on the line above.
 */
function pairOf(key, vs, line, m, named, first = 1, keyStart = -1) {
    const g = m ? m.indices.findIndex((span, i) => i >= first && span !== undefined) : -1;
    if (g < 0)
        return undefined;
    const pair = (0, extract_1.shape)(line, key, keyStart, m.indices[g][0], m.indices[g][1]);
    return pair && { ...pair, start: vs + pair.start, end: vs + pair.end, named };
}
/** Where a YAML comment (` # …`) starts on the line [i, le) when no quote comes before it, else `le`: its text does not end the line's name. */
function commentStart(bytes, i, le) {
    const at = bytes.subarray(i, le).indexOf(' #');
    if (at < 0)
        return le;
    const hash = i + at;
    for (let j = i; j < hash; j++)
        if (bytes[j] === 34 || bytes[j] === 39)
            return le;
    return hash;
}
/** `bytes[from..to)` is one name (letters, digits, `_`, `-`, `.`): not `def token(self):` or `if password:`. */
function bareName(bytes, from, to) {
    for (let j = from; j < to; j++) {
        const c = bytes[j] | 32;
        if (!((c >= 97 && c <= 122) || (bytes[j] >= 48 && bytes[j] <= 57) || bytes[j] === 95 || bytes[j] === 45 || bytes[j] === 46))
            return false;
    }
    return to > from;
}
/** A line that ends open: `=`, `(` after `=`, `||`, `??` or `?:` (not `==`, `!=`, `<=` or `>=`). */
function endsOpen(bytes, last) {
    const c = bytes[last];
    const b = bytes[last - 1];
    if (c === 61)
        return b !== 61 && b !== 33 && b !== 60 && b !== 62;
    // `(` only after `=`: `SECRET_KEY = (`, not every call that goes on over lines.
    if (c === 40) {
        let i = last - 1;
        while (bytes[i] === 32 || bytes[i] === 9)
            i--;
        return bytes[i] === 61;
    }
    return (c === 124 && b === 124) || (c === 63 && b === 63) || (c === 58 && b === 63);
}
/**
 * A pair whose name and value are on two lines, the name first: `- name: DB_PASSWORD` then
 * `value: v` (Kubernetes, Compose and ECS environment lists, CloudFormation's `Name`/`Value`),
 * `"key": "password",` then `"value": "v"` (Postman and Insomnia variables), or `"adminPassword": {`
 * then `"value": "v"` (ARM template parameter files, Terraform state outputs), YAML's `salt:` then
 * `value: v` (Helm charts that take a literal or a secretKeyRef, Langfuse's); or a key whose line
 * ends open (OPEN_LINE) and a string literal alone on the next, or an environment lookup closing its line
 * (LOOKUP_LINE) and its fallback operator opening the next, or a lookup's call continued over lines,
 * its fallback argument alone on the line after the key's (`getOrDefault("KEY",` or `"KEY",` below
 * `os.environ.get(`, then `"v")`). `bytes[ls..le)` is the name's line;
 * the value's offsets are within `bytes`.
 */
function pairBelow(bytes, ls, le) {
    if (le >= bytes.length || le - ls > 512)
        return undefined;
    // Most lines with a keyword start with something else (than `name`, `key`, `header_name`): skip the regex for them.
    let i = ls;
    while (bytes[i] === 32 || bytes[i] === 9 || bytes[i] === 45)
        i++;
    const quote = bytes[i] === 34 || bytes[i] === 39;
    const c = bytes[quote ? i + 1 : i] | 32;
    let last = commentStart(bytes, i, le) - 1;
    while (last > i && (bytes[last] === 32 || bytes[last] === 9 || bytes[last] === 13))
        last--;
    const open = endsOpen(bytes, last);
    const lookup = !open && bytes[last] === 41;
    // A lookup's call continued over lines: its key and a comma end this line, and its fallback is the next.
    const comma = bytes[last] === 44 && !open && (quote ? openCallAbove(bytes, ls) : bytes.subarray(i, last).includes(40));
    // A YAML key alone on its line (`salt:`) opens a mapping whose `value:` may follow.
    const mapping = !quote && bytes[last] === 58 && bytes[last - 1] !== 58 && bareName(bytes, i, last);
    const plist = bytes[i] === 60 && (bytes[i + 1] === 107 || bytes[i + 1] === 110) && bytes[last] === 62;
    if (c !== 110 && c !== 107 && c !== 104 && !(quote && bytes[last] === 123) && !mapping && !open && !lookup && !comma && !plist)
        return undefined;
    below ??= [NAME_LINE, VALUE_LINE, OPEN_LINE, LITERAL_LINE, LOOKUP_LINE, FALLBACK_LINE, LOOKUP_COMMA_LINE, ARGUMENT_LINE, PLIST_KEY_LINE, PLIST_STRING_LINE].map((p) => new re2_1.default(p, 'd'));
    const [nameRe, valueRe] = plist ? [below[8], below[9]] : open ? [below[2], below[3]] : lookup ? [below[4], below[5]] : comma ? [below[quote ? 7 : 6], below[3]] : [below[0], below[1]];
    const name = nameRe.exec(bytes.subarray(ls, le));
    const k = name?.indices[1] ?? name?.indices[2] ?? name?.indices[3];
    const next = k && nextLine(bytes, le);
    if (!k || !next)
        return undefined;
    const key = bytes.toString('utf8', ls + k[0], ls + k[1]);
    const named = !open && !lookup && !comma;
    // A name's object may hold other fields before its value (Terraform state's `"key": "ALGOLIA_ADMIN_KEY",`,
    // then `"project_id"`, `"sensitive"`, then `"value"`): up to FIELDS_BETWEEN of them, inside the same object.
    // A Jenkins job's parameter (`<name>` then `<description>`, then `<defaultValue>`) looks past its description.
    const reach = named && !plist && !(quote && bytes[last] === 123) && !mapping ? FIELDS_BETWEEN : plist && bytes[i + 1] === 110 ? 1 : 0;
    let [vs, line] = next;
    for (let n = 0;; n++) {
        const m = valueRe.exec(line);
        if (m || n >= reach || line.includes(123) || line.includes(125) || ANOTHER_ITEM.test(line.toString('latin1', 0, 64))) {
            const pair = pairOf(key, vs, line, m, named);
            // An element's text is a literal, as a quoted string is: not a variable's name (`<value>qyju…</value>`).
            return plist && pair ? { ...pair, quoted: true } : pair;
        }
        const after = nextLine(bytes, vs + line.length);
        if (!after)
            return undefined;
        [vs, line] = after;
    }
}
/** Fields looked past between a name and its value in one object. */
const FIELDS_BETWEEN = 5;
/** A line that opens another item (`- name: LOG_LEVEL` in an environment list) or names another field: the search for a value ends there. */
const ANOTHER_ITEM = /^[ \t]*(?:-[ \t]|["']?(?:name|key)["']?[ \t]*[:=])/i;
let callOpen;
let argumentsLine;
/**
 * A lookup's arguments on the line after its call opens, as formatters wrap a long line
 * (`SECRET_KEY = os.environ.get(` then `"DJANGO_SECRET_KEY", "v"`, Java's `getOrDefault(` then
 * `"KEY", "v");`): the pair of the key and its fallback, both on the line `bytes[ls..le)`.
 */
function pairAfterCall(bytes, ls, le) {
    let i = ls;
    while (bytes[i] === 32 || bytes[i] === 9)
        i++;
    if ((bytes[i] !== 34 && bytes[i] !== 39) || le - ls > 512 || !openCallAbove(bytes, ls))
        return undefined;
    argumentsLine ??= new re2_1.default(ARGUMENTS_LINE, 'd');
    const line = bytes.subarray(ls, le);
    const m = argumentsLine.exec(line);
    const k = m?.indices[1];
    return k && pairOf(line.toString('utf8', k[0], k[1]), ls, line, m, false, 2, k[0]);
}
/** The line above `ls` ends by opening an environment lookup's call (CALL_OPEN_LINE). */
function openCallAbove(bytes, ls) {
    let last = ls - 2;
    while (last >= 0 && (bytes[last] === 32 || bytes[last] === 9 || bytes[last] === 13))
        last--;
    if (last < 0 || bytes[last] !== 40)
        return false;
    const from = Math.max(0, bytes.lastIndexOf(10, last) + 1, last - 256);
    callOpen ??= new re2_1.default(CALL_OPEN_LINE);
    return callOpen.test(bytes.subarray(from, ls - 1));
}
