"use strict";
/**
 * A small parser for the RE2 subset rule authors use. It exists to count capture groups, to name
 * lookaround and backreferences precisely (RE2's own message is terse), and to give the fake-token
 * generator a tree to walk. RE2 stays the judge of what compiles.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.RegexSyntaxError = void 0;
exports.parseRegex = parseRegex;
exports.countCaptureGroups = countCaptureGroups;
exports.maxMatchLength = maxMatchLength;
exports.canMatchNewline = canMatchNewline;
exports.firstCaptureGroup = firstCaptureGroup;
exports.complement = complement;
/** A pattern the parser refuses, with a reason a rule author can act on. */
class RegexSyntaxError extends Error {
}
exports.RegexSyntaxError = RegexSyntaxError;
const DIGIT = [[48, 57]];
const WORD = [
    [48, 57],
    [65, 90],
    [95, 95],
    [97, 122],
];
const SPACE = [
    [9, 10],
    [12, 13],
    [32, 32],
];
// biome-ignore format: a word table, kept as rows
const POSIX = {
    alnum: [[48, 57], [65, 90], [97, 122]],
    alpha: [[65, 90], [97, 122]],
    digit: DIGIT,
    lower: [[97, 122]],
    upper: [[65, 90]],
    space: SPACE,
    xdigit: [[48, 57], [65, 70], [97, 102]],
    word: WORD,
    punct: [[33, 47], [58, 64], [91, 96], [123, 126]],
    print: [[32, 126]],
    graph: [[33, 126]],
};
const SIMPLE_ESCAPES = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', a: '\x07' };
/** Parses `source` (RE2 syntax) into a tree. */
function parseRegex(source) {
    const p = new Parser(source);
    const node = p.alternation();
    if (p.pos < source.length)
        throw new RegexSyntaxError(`unbalanced ")" at offset ${p.pos}`);
    return node;
}
/** Number of capturing groups in a parsed pattern. */
function countCaptureGroups(node) {
    switch (node.t) {
        case 'seq':
            return node.items.reduce((n, c) => n + countCaptureGroups(c), 0);
        case 'alt':
            return node.options.reduce((n, c) => n + countCaptureGroups(c), 0);
        case 'group':
            return (node.capture ? 1 : 0) + countCaptureGroups(node.body);
        case 'repeat':
            return countCaptureGroups(node.body);
        default:
            return 0;
    }
}
/**
 * Longest string (in characters) the pattern can match. An unbounded repetition counts as
 * `unboundedAs` more than its minimum (Infinity by default: a true bound).
 */
function maxMatchLength(node, unboundedAs = Infinity) {
    switch (node.t) {
        case 'lit':
        case 'class':
        case 'any':
            return 1;
        case 'assert':
            return 0;
        case 'seq':
            return node.items.reduce((n, c) => n + maxMatchLength(c, unboundedAs), 0);
        case 'alt':
            return Math.max(...node.options.map((o) => maxMatchLength(o, unboundedAs)));
        case 'group':
            return maxMatchLength(node.body, unboundedAs);
        case 'repeat': {
            const times = node.max === Infinity ? node.min + unboundedAs : node.max;
            return times === 0 ? 0 : times * maxMatchLength(node.body, unboundedAs);
        }
    }
}
/** True when the pattern can match a newline (`dotAll`: the pattern sets (?s), so `.` can). */
function canMatchNewline(node, dotAll = false) {
    switch (node.t) {
        case 'lit':
            return node.ch === '\n';
        case 'class': {
            const has = node.ranges.some(([lo, hi]) => lo <= 10 && hi >= 10);
            return node.neg ? !has : has;
        }
        case 'any':
            return dotAll;
        case 'assert':
            return false;
        case 'seq':
            return node.items.some((c) => canMatchNewline(c, dotAll));
        case 'alt':
            return node.options.some((c) => canMatchNewline(c, dotAll));
        case 'group':
            return canMatchNewline(node.body, dotAll);
        case 'repeat':
            return node.max > 0 && canMatchNewline(node.body, dotAll);
    }
}
/** The body of the first capturing group, or undefined. */
function firstCaptureGroup(node) {
    switch (node.t) {
        case 'group':
            return node.capture ? node.body : firstCaptureGroup(node.body);
        case 'seq':
            for (const c of node.items) {
                const g = firstCaptureGroup(c);
                if (g)
                    return g;
            }
            return undefined;
        case 'alt':
            for (const c of node.options) {
                const g = firstCaptureGroup(c);
                if (g)
                    return g;
            }
            return undefined;
        case 'repeat':
            return firstCaptureGroup(node.body);
        default:
            return undefined;
    }
}
class Parser {
    src;
    pos = 0;
    constructor(src) {
        this.src = src;
    }
    alternation() {
        const options = [this.sequence()];
        while (this.src[this.pos] === '|') {
            this.pos++;
            options.push(this.sequence());
        }
        return options.length === 1 ? options[0] : { t: 'alt', options };
    }
    sequence() {
        const items = [];
        while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
            const atom = this.atom();
            if (atom)
                items.push(this.quantified(atom));
        }
        return items.length === 1 ? items[0] : { t: 'seq', items };
    }
    quantified(atom) {
        let node = atom;
        for (;;) {
            const c = this.src[this.pos];
            let min;
            let max;
            if (c === '*' || c === '+' || c === '?') {
                this.pos++;
                [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
            }
            else if (c === '{' && /^\{\d+(,\d*)?\}/.test(this.src.slice(this.pos))) {
                const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
                this.pos += m[0].length;
                min = Number(m[1]);
                max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
                if (max < min)
                    throw new RegexSyntaxError(`bad repetition ${m[0]}`);
                if (min > 1000 || (max !== Infinity && max > 1000))
                    throw new RegexSyntaxError(`repetition ${m[0]} exceeds RE2's limit of 1000`);
            }
            else {
                return node;
            }
            if (node.t === 'assert')
                throw new RegexSyntaxError('repetition of an anchor');
            if (this.src[this.pos] === '?')
                this.pos++;
            else if (this.src[this.pos] === '+')
                throw new RegexSyntaxError('possessive quantifiers are not supported by RE2');
            node = { t: 'repeat', min, max, body: node };
        }
    }
    atom() {
        const c = this.src[this.pos++];
        switch (c) {
            case '(':
                return this.group();
            case '[':
                return this.charClass();
            case '.':
                return { t: 'any' };
            case '^':
            case '$':
                return { t: 'assert' };
            case '\\':
                return this.escape(false);
            case '*':
            case '+':
            case '?':
                throw new RegexSyntaxError(`nothing to repeat at offset ${this.pos - 1}`);
            default:
                return { t: 'lit', ch: c };
        }
    }
    group() {
        const rest = this.src.slice(this.pos);
        if (rest.startsWith('?=') || rest.startsWith('?!'))
            throw new RegexSyntaxError('lookahead is not supported by RE2');
        if (rest.startsWith('?<=') || rest.startsWith('?<!'))
            throw new RegexSyntaxError('lookbehind is not supported by RE2');
        if (rest.startsWith('?>'))
            throw new RegexSyntaxError('atomic groups are not supported by RE2');
        let capture = true;
        const named = /^\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
        if (named) {
            this.pos += named[0].length;
        }
        else if (rest.startsWith('?')) {
            const flags = /^\?([imsU]*(?:-[imsU]+)?)(:|\))/.exec(rest);
            if (!flags)
                throw new RegexSyntaxError(`unknown group syntax at offset ${this.pos}`);
            this.pos += flags[0].length;
            if (flags[2] === ')')
                return undefined; // a flag setter such as (?i): no node
            capture = false;
        }
        const body = this.alternation();
        if (this.src[this.pos] !== ')')
            throw new RegexSyntaxError('missing ")"');
        this.pos++;
        return { t: 'group', capture, body };
    }
    charClass() {
        const ranges = [];
        const neg = this.src[this.pos] === '^';
        if (neg)
            this.pos++;
        let first = true;
        while (this.pos < this.src.length && (this.src[this.pos] !== ']' || first)) {
            first = false;
            const posix = /^\[:(\^?)([a-z]+):\]/.exec(this.src.slice(this.pos));
            if (posix) {
                const set = POSIX[posix[2]];
                if (!set || posix[1])
                    throw new RegexSyntaxError(`unsupported class [:${posix[1]}${posix[2]}:]`);
                ranges.push(...set);
                this.pos += posix[0].length;
                continue;
            }
            const lo = this.classAtom();
            if (Array.isArray(lo)) {
                ranges.push(...lo);
                continue;
            }
            if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']' && this.pos + 1 < this.src.length) {
                this.pos++;
                const hi = this.classAtom();
                if (Array.isArray(hi) || hi < lo)
                    throw new RegexSyntaxError('bad character class range');
                ranges.push([lo, hi]);
            }
            else {
                ranges.push([lo, lo]);
            }
        }
        if (this.src[this.pos] !== ']')
            throw new RegexSyntaxError('missing "]"');
        this.pos++;
        return { t: 'class', ranges, neg };
    }
    /** One member of a class: a code point, or a set for \d-style escapes. */
    classAtom() {
        const c = this.src[this.pos++];
        if (c !== '\\')
            return c.codePointAt(0);
        const node = this.escape(true);
        if (node.t === 'lit')
            return node.ch.codePointAt(0);
        if (node.t === 'class' && !node.neg)
            return node.ranges;
        if (node.t === 'class')
            return complement(node.ranges);
        throw new RegexSyntaxError('anchor inside a character class');
    }
    escape(inClass) {
        const c = this.src[this.pos++];
        if (c === undefined)
            throw new RegexSyntaxError('trailing backslash');
        if (/[1-9]/.test(c))
            throw new RegexSyntaxError('backreferences are not supported by RE2');
        if (c === 'k' && this.src[this.pos] === '<')
            throw new RegexSyntaxError('backreferences are not supported by RE2');
        const cls = {
            d: [DIGIT, false],
            D: [DIGIT, true],
            w: [WORD, false],
            W: [WORD, true],
            s: [SPACE, false],
            S: [SPACE, true],
        };
        if (cls[c])
            return { t: 'class', ranges: cls[c][0], neg: cls[c][1] };
        if (!inClass && 'bBAzZG'.includes(c)) {
            if (c === 'Z' || c === 'G')
                throw new RegexSyntaxError(`\\${c} is not supported by RE2`);
            return { t: 'assert' };
        }
        if (SIMPLE_ESCAPES[c])
            return { t: 'lit', ch: SIMPLE_ESCAPES[c] };
        if (c === '0')
            return { t: 'lit', ch: '\0' };
        if (c === 'x')
            return { t: 'lit', ch: this.hexEscape() };
        if (c === 'p' || c === 'P')
            return this.unicodeClass(c === 'P');
        if (c === 'Q' && !inClass)
            return this.quoted();
        if (/[A-Za-z]/.test(c))
            throw new RegexSyntaxError(`unknown escape \\${c}`);
        return { t: 'lit', ch: c };
    }
    hexEscape() {
        const m = /^(?:\{([0-9A-Fa-f]{1,6})\}|([0-9A-Fa-f]{2}))/.exec(this.src.slice(this.pos));
        if (!m)
            throw new RegexSyntaxError('bad \\x escape');
        this.pos += m[0].length;
        return String.fromCodePoint(parseInt(m[1] ?? m[2], 16));
    }
    /** \pL and \p{Name}: approximated by ASCII letters, which is all the generator needs. */
    unicodeClass(neg) {
        const m = /^(?:\{\^?[A-Za-z_]+\}|[A-Za-z])/.exec(this.src.slice(this.pos));
        if (!m)
            throw new RegexSyntaxError('bad \\p escape');
        this.pos += m[0].length;
        return { t: 'class', ranges: POSIX.alpha, neg };
    }
    quoted() {
        const end = this.src.indexOf('\\E', this.pos);
        const text = this.src.slice(this.pos, end < 0 ? undefined : end);
        this.pos = end < 0 ? this.src.length : end + 2;
        return { t: 'seq', items: [...text].map((ch) => ({ t: 'lit', ch })) };
    }
}
/** The printable-ASCII complement of a set of ranges. */
function complement(ranges) {
    const out = [];
    for (let cp = 32; cp <= 126; cp++) {
        if (ranges.some(([lo, hi]) => cp >= lo && cp <= hi))
            continue;
        const last = out[out.length - 1];
        if (last && last[1] === cp - 1)
            last[1] = cp;
        else
            out.push([cp, cp]);
    }
    return out;
}
