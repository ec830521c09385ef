"use strict";
/**
 * One pass over a fragment's bytes that finds every occurrence of every rule keyword (ASCII case
 * folded) and every run of base64-alphabet bytes long enough to be worth decoding.
 *
 * It is an Aho-Corasick automaton over byte classes, in plain JavaScript: a fixed number of table
 * lookups per byte, so linear time whatever the input, with no native call per match. RE2 does the
 * matching everywhere else; for this job (hundreds of literals, positions of all of them, keywords
 * that occur on every line of real code) it was the bottleneck: RE2.Set's all-matches DFA thrashed,
 * and an alternation needs one native call per occurrence.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.KeywordAutomaton = exports.MIN_BASE64_RUN = void 0;
/** Shortest base64 run worth decoding (18 decoded bytes). */
exports.MIN_BASE64_RUN = 24;
const B64 = new Uint8Array(256);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-')
    B64[ch.charCodeAt(0)] = 1;
/** -1 for base64 bytes, 0 otherwise: `run = (run + 1) & MASK[b]` counts a run without a branch per byte. */
const B64_MASK = new Int32Array(256);
for (let b = 0; b < 256; b++)
    B64_MASK[b] = B64[b] ? -1 : 0;
const HEX = new Uint8Array(256);
for (const ch of '0123456789abcdefABCDEF')
    HEX[ch.charCodeAt(0)] = 1;
class KeywordAutomaton {
    /** Byte → class; letters are folded to lower case. Class 0: a byte no keyword contains. */
    classOf;
    classes;
    /** Transition table. Entries are the next state's row offset (state × classes); negative = that state ends keywords. */
    delta;
    /** Keyword ids ending in each state (by row offset / classes). */
    outputs;
    lengths;
    keywords;
    /** `keywords[id]` is a literal; matching ignores ASCII case. A snapshot of the same keywords skips the build. */
    constructor(keywords, snapshot) {
        this.keywords = keywords;
        this.lengths = keywords.map((k) => Buffer.byteLength(k, 'utf8'));
        if (snapshot) {
            ({ classOf: this.classOf, classes: this.classes, delta: this.delta, outputs: this.outputs } = snapshot);
            return;
        }
        const lower = keywords.map((k) => Buffer.from(k.toLowerCase(), 'utf8'));
        this.classOf = new Uint8Array(256);
        let n = 1;
        for (const k of lower)
            for (const b of k)
                if (this.classOf[b] === 0)
                    this.classOf[b] = n++;
        for (let c = 65; c <= 90; c++)
            this.classOf[c] = this.classOf[c + 32];
        this.classes = n;
        const { rows, outputs } = buildTrie(lower, this.classOf, n);
        this.outputs = outputs;
        this.delta = new Int32Array(rows.length * n);
        for (let s = 0; s < rows.length; s++) {
            for (let c = 0; c < n; c++) {
                const t = rows[s][c];
                this.delta[s * n + c] = outputs[t] ? -(t * n) - 1 : t * n;
            }
        }
    }
    /** The automaton as data (see AutomatonSnapshot). */
    snapshot() {
        return { keywords: [...this.keywords], classOf: this.classOf, classes: this.classes, delta: this.delta, outputs: this.outputs.map((o) => o ?? null) };
    }
    /** Scans `bytes` once. */
    scan(bytes) {
        const ends = [];
        const states = [];
        const runStarts = [];
        walk(this.delta, this.classOf, bytes, ends, states, runStarts);
        return { keywords: this.group(ends, states), base64Runs: runStarts.map((start) => closeRun(bytes, start)), escapes: findEscapes(bytes) };
    }
    group(ends, states) {
        const out = new Map();
        for (let j = 0; j < ends.length; j++) {
            for (const id of this.outputs[states[j] / this.classes]) {
                const at = ends[j] - this.lengths[id] + 1;
                const list = out.get(id);
                if (list)
                    list.push(at);
                else
                    out.set(id, [at]);
            }
        }
        return out;
    }
}
exports.KeywordAutomaton = KeywordAutomaton;
/**
 * The hot loop: a table step, a branchless run counter, and two branches that are rarely taken. A
 * function of its own with nothing after the loop: when it was scan()'s own loop, V8 compiled it on a
 * long fragment while it ran (on-stack replacement), before the code after the loop had ever run, and
 * that compiled loop was entered again on later calls and bailed out after the loop on each one, for
 * want of that code's type feedback: up to 1,859 times in a rails-shaped history scan, a number that
 * changed from run to run with the compiler's timing.
 */
function walk(delta, classOf, bytes, ends, states, runStarts) {
    let s = 0;
    let run = 0;
    const len = bytes.length;
    for (let i = 0; i < len; i++) {
        const b = bytes[i];
        let t = delta[s + classOf[b]];
        if (t < 0) {
            t = -t - 1;
            ends.push(i);
            states.push(t);
        }
        s = t;
        run = (run + 1) & B64_MASK[b];
        if (run === exports.MIN_BASE64_RUN)
            runStarts.push(i - exports.MIN_BASE64_RUN + 1);
    }
}
/** The run starting at `start` reaches the first non-base64 byte; up to two '=' of padding belong to it. */
function closeRun(bytes, start) {
    let end = start + exports.MIN_BASE64_RUN;
    while (end < bytes.length && B64[bytes[end]] === 1)
        end++;
    let e = end;
    while (e < bytes.length && e < end + 2 && bytes[e] === 61)
        e++;
    return [start, e];
}
/** Offsets of '%' followed by two hex digits (memchr-speed search for '%'). */
function findEscapes(bytes) {
    const out = [];
    for (let i = bytes.indexOf(37); i >= 0; i = bytes.indexOf(37, i + 1)) {
        if (HEX[bytes[i + 1]] === 1 && HEX[bytes[i + 2]] === 1)
            out.push(i);
    }
    return out;
}
/** The trie with failure links folded in (a complete automaton), and the keyword ids ending at each state. */
function buildTrie(keywords, classOf, n) {
    const rows = [new Int32Array(n).fill(-1)];
    const outputs = [undefined];
    keywords.forEach((k, id) => {
        let s = 0;
        for (const b of k) {
            const c = classOf[b];
            if (rows[s][c] < 0) {
                rows[s][c] = rows.length;
                rows.push(new Int32Array(n).fill(-1));
                outputs.push(undefined);
            }
            s = rows[s][c];
        }
        (outputs[s] ??= []).push(id);
    });
    const fail = new Int32Array(rows.length);
    const queue = [];
    for (let c = 0; c < n; c++) {
        if (rows[0][c] < 0)
            rows[0][c] = 0;
        else
            queue.push(rows[0][c]);
    }
    for (let q = 0; q < queue.length; q++) {
        const s = queue[q];
        for (let c = 0; c < n; c++) {
            const t = rows[s][c];
            if (t < 0) {
                rows[s][c] = rows[fail[s]][c];
                continue;
            }
            fail[t] = rows[fail[s]][c];
            const inherited = outputs[fail[t]];
            if (inherited)
                outputs[t] = [...(outputs[t] ?? []), ...inherited];
            queue.push(t);
        }
    }
    return breadthFirst(rows, outputs, queue);
}
/**
 * The same automaton with states numbered breadth first. Real text keeps the automaton within a few
 * bytes of the root, so the rows it visits sit together at the front of the table: with thousands of
 * keywords the table is megabytes, and in keyword order those rows were scattered across it.
 */
function breadthFirst(rows, outputs, order) {
    const renumber = new Int32Array(rows.length);
    order.forEach((s, i) => (renumber[s] = i + 1));
    const old = [0, ...order];
    return { rows: old.map((s) => rows[s].map((t) => renumber[t])), outputs: old.map((s) => outputs[s]) };
}
