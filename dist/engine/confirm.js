"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.confirmFor = confirmFor;
/**
 * A cheap look at the bytes after a keyword before RE2 runs: for a token rule whose secret starts with
 * the keyword (`pat` + 14 alphanumerics + `.`, `AKIA` + 16 upper-case alphanumerics), the bytes that
 * must follow are known from the regex itself. `path` and `pattern` fail on their next letters, so the
 * rule's regex never runs for them. The check is conservative: it only rejects a position no match of
 * the rule can start at.
 */
const regex_syntax_1 = require("./regex-syntax");
/** At most this many bytes are looked at: enough to rule out words, short enough to stay cheap. */
const MAX_CHECKED = 48;
function maskOf(node, fold) {
    const mask = new Uint8Array(256);
    const set = (c) => {
        mask[c] = 1;
        if (fold && c >= 65 && c <= 90)
            mask[c + 32] = 1;
        if (fold && c >= 97 && c <= 122)
            mask[c - 32] = 1;
    };
    if (node.t === 'lit') {
        const c = node.ch.charCodeAt(0);
        if (c > 255)
            return undefined;
        set(c);
        return mask;
    }
    if (node.t !== 'class')
        return undefined;
    for (const [lo, hi] of node.ranges)
        for (let c = lo; c <= Math.min(hi, 255); c++)
            set(c);
    if (node.neg)
        for (let c = 0; c < 256; c++)
            mask[c] = mask[c] ? 0 : 1;
    // A class reaching beyond latin1 can match multi-byte UTF-8: no byte-level conclusion.
    if (!node.neg && node.ranges.some(([, hi]) => hi > 127))
        return undefined;
    return mask;
}
/** The fixed-class steps at the start of `items`, up to the first optional or branching one. */
function tailOf(items, fold) {
    const tail = [];
    let total = 0;
    for (const item of items) {
        if (total >= MAX_CHECKED)
            break;
        const [node, min] = item.t === 'repeat' ? [item.body, item.min] : [item, 1];
        const mask = node.t === 'group' && !node.capture ? undefined : maskOf(node, fold);
        if (!mask || min < 1)
            break;
        const n = Math.min(min, MAX_CHECKED - total);
        tail.push({ mask, min: n });
        total += n;
        if (item.t === 'repeat' && item.max !== item.min)
            break;
    }
    return tail;
}
/**
 * A URL that carries credentials has an `@` in its authority: before the first `/`, whitespace or quote
 * after `://`. Most URLs in code and logs have none.
 */
const userinfo = (bytes, at, len) => {
    const end = Math.min(bytes.length, at + len + 512);
    for (let p = at + len; p < end; p++) {
        const b = bytes[p];
        if (b === 64)
            return true; // @
        if (b === 47 || b <= 32 || b === 34 || b === 39 || b === 96 || b === 60 || b === 62)
            return false; // / space " ' ` < >
    }
    return false;
};
/** Literal text of a sequence of literal nodes, or undefined. */
function literalOf(node) {
    if (node.t === 'lit')
        return node.ch;
    if (node.t === 'seq' && node.items.every((n) => n.t === 'lit'))
        return node.items.map((n) => n.ch).join('');
    if (node.t === 'group' && !node.capture)
        return literalOf(node.body);
    return undefined;
}
/**
 * The check for hits of `keyword` for a rule with `regex`, or undefined when the regex does not start
 * its secret with that keyword (context rules, generic rules): every hit then goes to RE2.
 */
function confirmFor(regex, keyword) {
    if (keyword === '://' && regex.includes('@'))
        return userinfo;
    let group;
    try {
        group = (0, regex_syntax_1.firstCaptureGroup)((0, regex_syntax_1.parseRegex)(regex));
    }
    catch {
        return undefined;
    }
    if (!group)
        return undefined;
    const fold = /\(\?[a-zA-Z]*i/.test(regex);
    const items = (group.t === 'seq' ? group.items : [group]).filter((n) => n.t !== 'assert');
    const kw = keyword.toLowerCase();
    let i = 0;
    let head = '';
    while (i < items.length && items[i].t === 'lit' && head.length < kw.length)
        head += items[i++].ch;
    if (head.length === 0 && items[0]) {
        // An alternation of literals: (?:AKIA|ASIA|AROA)…
        const alt = items[0].t === 'group' && !items[0].capture ? items[0].body : items[0];
        if (alt.t !== 'alt' || !alt.options.map(literalOf).some((l) => l?.toLowerCase() === kw))
            return undefined;
        i = 1;
        head = kw;
    }
    if (head.toLowerCase() !== kw)
        return undefined;
    const tail = tailOf(items.slice(i), fold);
    if (tail.length === 0)
        return undefined;
    return (bytes, at, len) => {
        let p = at + len;
        for (const { mask, min } of tail) {
            for (let k = 0; k < min; k++, p++)
                if (p >= bytes.length || mask[bytes[p]] === 0)
                    return false;
        }
        return true;
    };
}
