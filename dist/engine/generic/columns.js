"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.columnPairs = columnPairs;
const keys_1 = require("./keys");
/** Separators a header may use, in the order a tie is broken. */
const SEPARATORS = [0x2c, 0x09, 0x3b, 0x7c];
/** Longest cell read as a value; a longer one is text, not a credential. */
const MAX_CELL = 512;
/** The separator the header line uses most (`,` `\t` `;` `|`), or undefined when it has none. */
function separatorOf(bytes, end) {
    let best;
    let most = 0;
    for (const sep of SEPARATORS) {
        let n = 0;
        for (let i = 0; i < end; i++)
            if (bytes[i] === sep)
                n++;
        if (n > most)
            [best, most] = [sep, n];
    }
    return best;
}
/** The cells of the row at `from`, and where the next row starts; a quoted cell may span lines. */
function rowAt(bytes, from, sep) {
    const cells = [];
    let i = from;
    for (;;) {
        if (bytes[i] === 0x22) {
            let j = i + 1;
            while (j < bytes.length && !(bytes[j] === 0x22 && bytes[j + 1] !== 0x22))
                j += bytes[j] === 0x22 ? 2 : 1;
            cells.push({ start: i + 1, end: j, quoted: true });
            i = j + 1;
            while (i < bytes.length && bytes[i] !== sep && bytes[i] !== 0x0a)
                i++;
        }
        else {
            let j = i;
            while (j < bytes.length && bytes[j] !== sep && bytes[j] !== 0x0a)
                j++;
            const end = j > i && bytes[j - 1] === 0x0d ? j - 1 : j;
            cells.push({ start: i, end, quoted: false });
            i = j;
        }
        if (i >= bytes.length || bytes[i] === 0x0a)
            return { cells, next: i + 1 };
        i++;
    }
}
/**
 * Pairs of the cells under credential-naming headers, when `bytes` starts with a CSV header line that
 * has one. `header` is the first line's end.
 */
function columnPairs(bytes, headerEnd) {
    const sep = separatorOf(bytes, headerEnd);
    if (sep === undefined)
        return [];
    const header = rowAt(bytes, 0, sep).cells.map((c) => bytes.toString('utf8', c.start, c.end).trim());
    const columns = header.map((name, i) => ((0, keys_1.judgeKey)(name).strength >= 3 ? i : -1)).filter((i) => i >= 0);
    if (columns.length === 0 || header.length < 2)
        return [];
    const out = [];
    for (let at = headerEnd + 1; at < bytes.length;) {
        const { cells, next } = rowAt(bytes, at, sep);
        // A row of another shape is not a record of this table (a second table, a note under it).
        if (cells.length === header.length) {
            for (const i of columns) {
                const c = cells[i];
                if (c.end <= c.start || c.end - c.start > MAX_CELL)
                    continue;
                const value = bytes.toString('utf8', c.start, c.end);
                out.push({
                    key: header[i],
                    value: c.quoted ? value.replace(/""/g, '"') : value,
                    start: c.start,
                    end: c.end,
                    quoted: c.quoted,
                    expression: false,
                    inString: false,
                    quotedKey: false,
                    ls: at,
                    le: Math.max(at, next - 1),
                });
            }
        }
        at = next;
    }
    return out;
}
