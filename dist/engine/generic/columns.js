"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MARKDOWN_FILE = void 0;
exports.columnKey = columnKey;
exports.headerLine = headerLine;
exports.columnPairs = columnPairs;
exports.markdownTablePairs = markdownTablePairs;
const keys_1 = require("./keys");
/** Separators a header may use, in the order a tie is broken. */
const SEPARATORS = [0x2c, 0x09, 0x3b, 0x7c];
/** Longest cell read as a value; a longer one is text, not a credential. */
const MAX_CELL = 512;
/** The separator the header line uses most (`,` `\t` `;` `|`), or undefined when it has none. */
function separatorOf(bytes, start, end) {
    let best;
    let most = 0;
    for (const sep of SEPARATORS) {
        let n = 0;
        for (let i = start; i < end; i++)
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
/** Headers of a column that names each row's credential (`secret_type`, `name`), best first, and of the column holding it. */
const NAME_HEADERS = [/^(?:secret|credential|key|token)[ _-]?(?:type|kind|name)$/i, /^(?:name|variable|var|env[ _-]?var|item|credential|field|property|parameter|setting)$/i, /^(?:type|kind|key)$/i];
/** A value column's header: `value`, `secret value`, a rotation log's `Old value (revoked)`. */
const VALUE_HEADER = /^(?:(?:old|new|current|previous)[ _-]+)?(?:secret[ _-]?)?(?:value|wert|waarde|värde|verdi|værdi|arvo|nilai|valeur|valor|giá trị)(?![\p{L}\p{N}])/iu;
/** A row's name cell that names a credential (`upload token`, `OAuth app client secret`), not a sentence. */
function namesCredential(text) {
    return text.length <= 48 && (0, keys_1.judgeKey)(text).strength >= 3;
}
/** The columns of a name-and-value table (a secrets inventory's `secret_type` and `value`), when the header has both. */
function namedValueColumns(header) {
    const value = header.findIndex((h) => VALUE_HEADER.test(h));
    if (value < 0)
        return undefined;
    for (const [n, re] of NAME_HEADERS.entries()) {
        const name = header.findIndex((h) => re.test(h));
        // A `Key name` or `Token name` column names keys: its row's name (`reportit-ci`) is that key's.
        if (name >= 0)
            return { name, value, word: n === 0 ? /^(secret|credential|key|token)/i.exec(header[name])?.[1].toLowerCase() : undefined };
    }
    return undefined;
}
/** A row name that says its value is an identifier, not the key the column names (`client_id`, `merchant_user`, `api_url`). */
const NAMES_AN_IDENTIFIER = /(?:^|[\s_.-])(?:id|ids|identifier|user|username|login|account|email|e-mail|url|uri|host|endpoint|name|number|no)$/i;
/** The key a row of a name-and-value table gives its value: its name cell, or under a `Key name` column that name's key (loose: only a token's shape counts). */
function rowKeyOf(name, word) {
    if (namesCredential(name))
        return name;
    // Only a bare label is that key's (`reportit-ci`): a name that says what it is (`client_id`, `reCAPTCHA site key`) keeps its verdict.
    if (!word || name.length > 48 || (0, keys_1.judgeKey)(name).reason !== 'key names no credential' || NAMES_AN_IDENTIFIER.test(name))
        return undefined;
    const key = `${name} ${word}`;
    return (0, keys_1.judgeKey)(key).strength >= 2 ? key : undefined;
}
/**
 * The name a header cell gives its column: the cell, or of a cell naming two things (`Password / Key`,
 * `Password or token`, `password_or_key`, Polish `haslo_lub_klucz`, a shared logins sheet's) the part that names a credential most strongly.
 */
function columnKey(name) {
    const parts = name.split(/\s*(?:\/|&|\+|\b(?:or|lub|oder|ou|veya|sau|nebo)\b)\s*|_(?:or|lub|oder|ou|veya|sau|nebo)_/i).filter(Boolean);
    let most = (0, keys_1.judgeKey)(name).strength;
    if (parts.length < 2 || most >= 3)
        return name;
    let best = name;
    for (const p of parts) {
        const s = (0, keys_1.judgeKey)(p).strength;
        if (s > most)
            [best, most] = [p, s];
    }
    return best;
}
/** The names a header gives its columns; a bare `Key` column beside an `SSID` one holds each network's Wi-Fi key. */
function headerKeys(header) {
    const ssid = header.some((h) => /^ssid$/i.test(h.trim()));
    // Beside a user column, a bare `Key`, `Token` or `Secret` is that user's credential (`| Tool | User | Key |`).
    const user = header.some((h) => /^(?:user(?:[ _-]?name)?|login|account|e-?mail)$/i.test(h.trim()));
    // Beside a service column, a bare `Key` (Swedish `Nyckel`) is that service's API key (`| Tjänst | Nyckel |` in a wiki's test keys).
    const service = header.some((h) => /^(?:service|tjänst|tjeneste|dienst|palvelu|layanan|provider|integration|integrasjon)$/i.test(h.trim()));
    return header.map((h) => {
        if (ssid && /^key$/i.test(h.trim()))
            return 'wifi key';
        if (user && /^(?:key|token|secret)$/i.test(h.trim()))
            return `access ${h.trim()}`;
        if (service && (0, keys_1.keyWordsOf)(h.trim()).join(' ') === 'key')
            return 'api key';
        return columnKey(h);
    });
}
/**
 * Where a CSV file's header line starts and ends: its first line, or the first after `#` comment lines
 * (an export's title and warning above the header).
 */
function headerLine(bytes) {
    let start = 0;
    for (let n = 0; n < 4 && bytes[start] === 35; n++) {
        const end = bytes.indexOf(0x0a, start);
        if (end < 0)
            break;
        start = end + 1;
    }
    return [start, bytes.indexOf(0x0a, start)];
}
/**
 * Pairs of the cells under credential-naming headers, when the CSV header line at
 * `bytes[headerStart..headerEnd)` has one.
 */
function columnPairs(bytes, headerStart, headerEnd) {
    const sep = separatorOf(bytes, headerStart, headerEnd);
    if (sep === undefined)
        return [];
    const header = headerKeys(rowAt(bytes, headerStart, sep).cells.map((c) => bytes.toString('utf8', c.start, c.end).trim()));
    const columns = header.map((name, i) => ((0, keys_1.judgeKey)(name).strength >= 3 ? i : -1)).filter((i) => i >= 0);
    // A value column already read under its own credential-naming header is not read again under the row's name.
    const named = namedValueColumns(header);
    const byName = named && !columns.includes(named.value) ? named : undefined;
    if ((columns.length === 0 && !byName) || header.length < 2)
        return [];
    const out = [];
    for (let at = headerEnd + 1; at < bytes.length;) {
        const { cells, next } = rowAt(bytes, at, sep);
        // A row of another shape is not a record of this table (a second table, a note under it).
        if (cells.length === header.length) {
            // A row of a name-and-value table (`secret_type,value`) is keyed by its own name cell.
            const rowKey = byName && rowKeyOf(bytes.toString('utf8', cells[byName.name].start, cells[byName.name].end).trim(), byName.word);
            const keyed = byName && rowKey ? [byName.value] : [];
            for (const i of [...columns, ...keyed]) {
                const c = cells[i];
                if (c.end <= c.start || c.end - c.start > MAX_CELL)
                    continue;
                const value = bytes.toString('utf8', c.start, c.end);
                out.push({
                    key: columns.includes(i) ? header[i] : rowKey,
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
/** Files whose pipe tables are read by their header (Markdown, as wikis and note apps write it). */
exports.MARKDOWN_FILE = /\.(?:md|markdown|mdx)$/i;
/** A table's header underline: `|---|:---:|`. */
const UNDERLINE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*\r?$/;
/** The cells of a pipe-table row as [start, end) offsets of their trimmed content; undefined for no row. */
function pipeCells(bytes, ls, le) {
    let i = ls;
    while (bytes[i] === 32 || bytes[i] === 9)
        i++;
    if (bytes[i] !== 0x7c)
        return undefined;
    const cells = [];
    let start = i + 1;
    for (let j = i + 1; j <= le; j++) {
        if (j < le && !(bytes[j] === 0x7c && bytes[j - 1] !== 0x5c))
            continue;
        let s = start;
        let e = j;
        while (s < e && (bytes[s] === 32 || bytes[s] === 9))
            s++;
        while (e > s && (bytes[e - 1] === 32 || bytes[e - 1] === 9 || bytes[e - 1] === 13))
            e--;
        // Code spans hold the value: `v`, and `v` (change me) with a note after it.
        if (e - s >= 2 && bytes[s] === 0x60) {
            const close = bytes.indexOf(0x60, s + 1);
            if (close > s + 1 && close < e && (close === e - 1 || bytes[close + 1] === 32))
                [s, e] = [s + 1, close];
        }
        cells.push([s, e]);
        start = j + 1;
    }
    // The text after the closing pipe is no cell.
    if (cells.length > 0 && cells[cells.length - 1][0] >= cells[cells.length - 1][1])
        cells.pop();
    return cells;
}
/** The end of the line starting at `ls`. */
function lineEnd(bytes, ls) {
    const nl = bytes.indexOf(10, ls);
    return nl < 0 ? bytes.length : nl;
}
/**
 * Pairs of the cells under credential-naming headers of Markdown pipe tables whose header line holds a
 * keyword (`| Service | Account | Secret |` then `|---|---|---|`): a wiki's or a note's table of logins.
 */
function markdownTablePairs(bytes, positions) {
    const out = [];
    const headers = new Set();
    // Buffer.lastIndexOf counts a negative offset from the end: a keyword at 0 is on the first line. A keyword
    // in a row (a rotation log's `| Seam | prod API key | … |`) looks for its table's header above it.
    const seen = new Map();
    for (const p of positions)
        headers.add(headerAbove(bytes, p > 0 ? bytes.lastIndexOf(10, p - 1) + 1 : 0, seen));
    for (const hs of headers) {
        const he = lineEnd(bytes, hs);
        if (he >= bytes.length || !UNDERLINE.test(bytes.toString('latin1', he + 1, lineEnd(bytes, he + 1))))
            continue;
        const header = pipeCells(bytes, hs, he)?.map(([s, e]) => bytes.toString('utf8', s, e).replace(/[*`]/g, ''));
        if (!header)
            continue;
        const keys = headerKeys(header);
        // A column is named by a short header (`Secret`, `API key / token`), not by a sentence about the column.
        const columns = header.map((name, i) => (name.length <= 32 && !/[()]/.test(name) && (0, keys_1.judgeKey)(keys[i]).strength >= 3 ? i : -1)).filter((i) => i >= 0);
        const named = namedValueColumns(header);
        const byName = named && !columns.includes(named.value) ? named : undefined;
        if (columns.length === 0 && !byName)
            continue;
        for (let ls = lineEnd(bytes, he + 1) + 1; ls < bytes.length;) {
            const le = lineEnd(bytes, ls);
            const cells = pipeCells(bytes, ls, le);
            if (!cells)
                break;
            // A row of a name-and-value table (`| Item | Old value |`) is keyed by its own name cell.
            const nameCell = byName && cells[byName.name];
            const name = nameCell && bytes.toString('utf8', nameCell[0], nameCell[1]).replace(/[*`]/g, '');
            // Only a cell that is one token: `SHA256 fingerprint …` or `in 1Password` describe the value instead.
            const cell = byName && cells[byName.value];
            const oneToken = cell && !/\s/.test(bytes.toString('utf8', cell[0], cell[1]));
            const keyed = byName && name && oneToken && namesCredential(name) ? [byName.value] : [];
            for (const i of [...columns, ...keyed]) {
                const c = cells[i];
                if (!c || c[1] <= c[0] || c[1] - c[0] > MAX_CELL)
                    continue;
                const value = bytes.toString('utf8', c[0], c[1]);
                // Two code spans or more in a cell list places (`1Password \`Data / API\`; GH secret \`X_SECRET\``), not a value.
                if (value.split('`').length > 4)
                    continue;
                const key = columns.includes(i) ? keys[i] : name;
                out.push({ key, value, start: c[0], end: c[1], quoted: bytes[c[0] - 1] === 0x60, expression: false, inString: false, quotedKey: false, ls, le });
            }
            ls = le + 1;
        }
    }
    return out.sort((a, b) => a.start - b.start);
}
/**
 * The header line of the pipe table whose row starts at `ls` (at most 200 rows up), or `ls` itself. `seen`
 * remembers each row's answer, so the keywords of a long table's rows do not each walk it again.
 */
function headerAbove(bytes, ls, seen) {
    const rows = [];
    let found = ls;
    for (let at = ls, n = 0; n < 200 && at > 0 && pipeCells(bytes, at, lineEnd(bytes, at)); n++) {
        const known = seen.get(at);
        if (known !== undefined) {
            found = known === at ? ls : known;
            break;
        }
        rows.push(at);
        const prev = bytes.lastIndexOf(10, at - 2) + 1;
        if (UNDERLINE.test(bytes.toString('latin1', prev, at - 1))) {
            found = prev > 0 ? bytes.lastIndexOf(10, prev - 2) + 1 : ls;
            break;
        }
        at = prev;
    }
    for (const r of rows)
        seen.set(r, found === ls ? r : found);
    return found;
}
