"use strict";
/**
 * Where a pair sits among a line's string literals: inside one (a connection string's field in code,
 * `"Server=db;Password=v"`), or holding fields of its own (`dsn = "host=db password=v"`).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.FIELD_EDGE = void 0;
exports.insideString = insideString;
exports.fieldEnd = fieldEnd;
exports.holdsPairs = holdsPairs;
/** Separators of a connection string's or a URL query's fields: `;` `?` `&`, a space or a quote. */
exports.FIELD_EDGE = new Uint8Array(256);
for (const ch of ';?& "\'`')
    exports.FIELD_EDGE[ch.charCodeAt(0)] = 1;
/** True when `at` lies inside a quoted string that opens earlier on the line (`"Server=db;Password=v"`). */
function insideString(line, at) {
    let quote = 0;
    for (let i = 0; i < at; i++) {
        const c = line[i];
        if (quote !== 0) {
            if (c === 92)
                i++;
            else if (c === quote)
                quote = 0;
        }
        else if (c === 34 || c === 39 || c === 96)
            quote = c;
    }
    return quote !== 0;
}
/** The value ends a field (`;Password=v;`, `?password=v&`), as in a connection string, not code. */
function fieldEnd(line, end) {
    return end >= line.length || exports.FIELD_EDGE[line[end]] === 1 || line[end] === 13;
}
/** The value at `start`..`end` reads as fields (`host=db password=v`, `Server=db;Password=v`) and is no template. */
function holdsPairs(line, start, end) {
    let eq = start;
    while (eq < end && line[eq] !== 61)
        eq++;
    // A JSON object as a string (`COMPOSER_AUTH='{"http-basic":{…"password":"v"}}'`) holds pairs too; not
    // a stored password's digest and its salt (Keycloak's `secretData`: `{"value":"<hash>","salt":"…"}`).
    const json = line[start] === 123 && line.subarray(start, end).indexOf('":') > 0;
    if (eq === end && !json)
        return false;
    const text = line.toString('latin1', start, end);
    if (text.includes('{{') || text.includes('${') || text.includes('#{'))
        return false;
    if (json)
        return !(/\bvalue\\?":/.test(text) && /\bsalt\\?":/.test(text));
    return /(?:^|[;\s?&])[\w.-]+=[^=\s;]/.test(text);
}
