"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LogStream = exports.LOG_FLAGS = exports.RawLogParser = exports.LOG_FORMAT = void 0;
/**
 * Reads `git log --raw -z` as a stream of commits and the blobs each one introduced. No patches are
 * generated: git only compares trees, and the blobs are read once each, later, by cat-file.
 */
const errors_1 = require("../../errors");
const run_1 = require("./run");
const hex_1 = require("./hex");
/** The --format that the parser expects: \x01 marks a commit, NULs separate fields. */
exports.LOG_FORMAT = '--format=%x01%H %P%x00%at%x00%an%x00%ae';
/** Bytes of git's raw entries: ':' and a space. */
const COLON = 58;
const SPACE = 32;
/** Mode strings met so far, by their six digits read as a number: a handful, one string each (a hostile log gets no more than 64). */
const MODES = new Map();
/**
 * Incremental parser for `git log --raw -z` with LOG_FORMAT. Throws GitError on anything unexpected.
 * Raw entries are read from the bytes where they lie (no copy, string or regex per entry): on the
 * rails-shaped history of 52,000 changes, the text and regex per entry cost about 0.5 s of the main thread.
 */
class RawLogParser {
    onCommit;
    onChange;
    /** Bytes of a token that started in an earlier chunk. */
    carry = [];
    state = 'record';
    fields = [];
    /** The header's ids, read from its bytes when they have git's usual shape (commitIds). */
    ids;
    /** The raw entry whose path comes next. */
    change;
    constructor(onCommit, onChange) {
        this.onCommit = onCommit;
        this.onChange = onChange;
    }
    push(chunk) {
        let start = 0;
        let nul = chunk.indexOf(0);
        if (nul >= 0 && this.carry.length > 0) {
            const token = Buffer.concat([...this.carry, chunk.subarray(0, nul)]);
            this.carry = [];
            this.token(token, 0, token.length);
            start = nul + 1;
            nul = chunk.indexOf(0, start);
        }
        for (; nul >= 0; nul = chunk.indexOf(0, start)) {
            this.token(chunk, start, nul);
            start = nul + 1;
        }
        if (start < chunk.length)
            this.carry.push(Buffer.from(chunk.subarray(start)));
    }
    /** Call at the end of the stream; anything left over is a truncated record. */
    end() {
        const rest = Buffer.concat(this.carry);
        this.carry = [];
        if (rest.length > 0)
            this.token(rest, 0, rest.length);
        if (this.state !== 'record' && !(this.state === 'header' && this.fields.length === 4)) {
            throw new errors_1.GitError('git log output ended in the middle of a record (truncated stream)');
        }
        this.flushHeader();
    }
    /** The token buf[s, e) (its NUL excluded). */
    token(buf, s, e) {
        if (this.state === 'path') {
            const change = this.change;
            change.path = buf.subarray(s, e);
            this.change = undefined;
            this.state = 'record';
            this.onChange(change);
            return;
        }
        if (this.state === 'header' && this.fields.length < 4) {
            this.fields.push(buf.toString('utf8', s, e));
            if (this.fields.length === 4)
                this.flushHeader();
            return;
        }
        while (s < e && buf[s] === 10)
            s++;
        if (s === e)
            return;
        if (buf[s] === 1) {
            this.state = 'header';
            this.fields = [buf.toString('utf8', s + 1, e)];
            this.ids = commitIds(buf, s + 1, e);
            return;
        }
        const change = rawEntry(buf, s, e);
        if (!change)
            throw new errors_1.GitError(`unexpected git log output: ${JSON.stringify(buf.toString('utf8', s, e).slice(0, 60))}`);
        this.change = change;
        this.state = 'path';
    }
    flushHeader() {
        if (this.state !== 'header' || this.fields.length !== 4)
            return;
        const [ids, time, author, email] = this.fields;
        const quick = this.ids;
        const [id, ...parents] = quick ?? ids.trim().split(' ').filter(Boolean);
        if ((!quick && !/^[0-9a-f]{40,64}$/.test(id ?? '')) || !/^\d+$/.test(time))
            throw new errors_1.GitError(`unexpected git log header: ${JSON.stringify(ids.slice(0, 60))}`);
        this.onCommit({ id, parents, time: Number(time), author, email });
        this.state = 'record';
    }
}
exports.RawLogParser = RawLogParser;
/**
 * `%H %P` as git writes it (ids of 40 to 64 hex digits, one space after each but the last, a root
 * commit's line ending in that space) read from buf[from, end) into its ids; undefined for any other shape, which
 * the general split then reads. A split, a filter and a regex per commit were 3% of the main thread on
 * a history of 60,000 tiny commits.
 */
function commitIds(buf, from, end) {
    const ids = [];
    for (let at = from; at < end;) {
        const idEnd = (0, hex_1.objectIdEnd)(buf, at, end);
        if (idEnd < 0 || (idEnd < end && buf[idEnd] !== SPACE))
            return undefined;
        ids.push(buf.toString('latin1', at, idEnd));
        at = idEnd + 1;
    }
    return ids.length > 0 ? ids : undefined;
}
/** A raw entry, `:MODE MODE ID ID S[score]` (/^:(\d{6}) (\d{6}) ([0-9a-f]{40,64}) ([0-9a-f]{40,64}) ([A-Z])\d*$/), its path still empty; undefined when buf[s, e) is not one. */
function rawEntry(buf, s, e) {
    if (e - s < 98 || buf[s] !== COLON || buf[s + 7] !== SPACE || buf[s + 14] !== SPACE)
        return undefined;
    const srcMode = mode(buf, s + 1);
    const dstMode = mode(buf, s + 8);
    const srcEnd = (0, hex_1.objectIdEnd)(buf, s + 15, e);
    const dstEnd = srcEnd < 0 || buf[srcEnd] !== SPACE ? -1 : (0, hex_1.objectIdEnd)(buf, srcEnd + 1, e);
    if (!srcMode || !dstMode || dstEnd < 0 || buf[dstEnd] !== SPACE)
        return undefined;
    const status = buf[dstEnd + 1];
    if (!(status >= 65 && status <= 90))
        return undefined;
    for (let i = dstEnd + 2; i < e; i++)
        if (!(buf[i] >= 48 && buf[i] <= 57))
            return undefined;
    return { srcMode, dstMode, srcId: buf.toString('latin1', s + 15, srcEnd), dstId: buf.toString('latin1', srcEnd + 1, dstEnd), status: String.fromCharCode(status), path: EMPTY };
}
const EMPTY = Buffer.alloc(0);
/** The six digits at buf[at], as a string (one per distinct mode); undefined when they are not six digits. */
function mode(buf, at) {
    let n = 0;
    for (let i = at; i < at + 6; i++) {
        const d = buf[i] - 48;
        if (!(d >= 0 && d <= 9))
            return undefined;
        n = n * 10 + d;
    }
    let m = MODES.get(n);
    if (m === undefined) {
        m = buf.toString('latin1', at, at + 6);
        if (MODES.size < 64)
            MODES.set(n, m);
    }
    return m;
}
/** Log flags that keep repository config from changing the output or running programs. */
exports.LOG_FLAGS = [
    '--raw',
    '-z',
    '--no-abbrev',
    '--no-renames',
    '--root',
    '--diff-merges=first-parent',
    '--no-textconv',
    '--no-ext-diff',
    '--no-color',
    '--no-show-signature',
    '--no-notes',
    '--no-decorate',
    '--reverse',
    exports.LOG_FORMAT,
];
/** A running `git log` feeding a parser; can be paused while downstream catches up. */
class LogStream {
    done;
    child;
    /** Starts `git log` over `revs` plus revisions written to its stdin. */
    constructor(cwd, revs, stdinRevs, parser) {
        const args = ['log', ...exports.LOG_FLAGS, ...(stdinRevs.length > 0 ? ['--stdin'] : []), ...revs];
        const child = (this.child = (0, run_1.spawnGit)(cwd, args));
        this.done = new Promise((resolve, reject) => {
            let stderr = '';
            let failed;
            child.stdout.on('data', (chunk) => {
                if (failed)
                    return;
                try {
                    parser.push(chunk);
                }
                catch (err) {
                    failed = err;
                    child.kill('SIGKILL');
                }
            });
            child.stderr.on('data', (d) => (stderr = (stderr + d.toString('utf8')).slice(-65536)));
            child.on('error', (err) => reject(new errors_1.GitError(`cannot run git log: ${err.message}`)));
            child.on('close', (code, signal) => {
                if (failed)
                    return reject(failed);
                if (code !== 0 || signal)
                    return reject((0, run_1.gitFailure)(args, code ?? -1, signal, stderr));
                try {
                    parser.end();
                    resolve();
                }
                catch (err) {
                    reject(err);
                }
            });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(stdinRevs.map((r) => `${r}\n`).join(''));
    }
    pause() {
        this.child.stdout.pause();
    }
    resume() {
        this.child.stdout.resume();
    }
    kill() {
        this.child.kill('SIGKILL');
    }
}
exports.LogStream = LogStream;
