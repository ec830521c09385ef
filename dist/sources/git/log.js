"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LogStream = exports.LOG_FLAGS = exports.RawLogParser = exports.LOG_FORMAT = void 0;
/**
 * Reads `git log --raw -z` as a stream of commits and the blobs each one introduced. No patches are
 * generated: git only compares trees, and the blobs are read once each, later, by cat-file.
 */
const errors_1 = require("../../errors");
const run_1 = require("./run");
/** The --format that the parser expects: \x01 marks a commit, NULs separate fields. */
exports.LOG_FORMAT = '--format=%x01%H %P%x00%at%x00%an%x00%ae';
const RAW_RE = /^:(\d{6}) (\d{6}) ([0-9a-f]{40,64}) ([0-9a-f]{40,64}) ([A-Z])\d*$/;
/** Incremental parser for `git log --raw -z` with LOG_FORMAT. Throws GitError on anything unexpected. */
class RawLogParser {
    onCommit;
    onChange;
    carry = [];
    state = { kind: 'record' };
    constructor(onCommit, onChange) {
        this.onCommit = onCommit;
        this.onChange = onChange;
    }
    push(chunk) {
        let start = 0;
        for (;;) {
            const nul = chunk.indexOf(0, start);
            if (nul < 0)
                break;
            const piece = chunk.subarray(start, nul);
            const token = this.carry.length > 0 ? Buffer.concat([...this.carry, piece]) : piece;
            this.carry = [];
            this.token(token);
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
            this.token(rest);
        if (this.state.kind !== 'record' && !(this.state.kind === 'header' && this.state.fields.length === 4)) {
            throw new errors_1.GitError('git log output ended in the middle of a record (truncated stream)');
        }
        this.flushHeader();
    }
    token(raw) {
        const s = this.state;
        if (s.kind === 'path') {
            this.onChange({ ...s.change, path: raw });
            this.state = { kind: 'record' };
            return;
        }
        if (s.kind === 'header' && s.fields.length < 4) {
            s.fields.push(raw.toString('utf8'));
            if (s.fields.length === 4)
                this.flushHeader();
            return;
        }
        this.record(raw);
    }
    record(raw) {
        let i = 0;
        while (i < raw.length && raw[i] === 10)
            i++;
        const text = raw.toString('utf8', i);
        if (text.length === 0)
            return;
        if (text.charCodeAt(0) === 1) {
            this.state = { kind: 'header', fields: [text.slice(1)] };
            return;
        }
        const m = RAW_RE.exec(text);
        if (!m)
            throw new errors_1.GitError(`unexpected git log output: ${JSON.stringify(text.slice(0, 60))}`);
        this.state = { kind: 'path', change: { srcMode: m[1], dstMode: m[2], srcId: m[3], dstId: m[4], status: m[5] } };
    }
    flushHeader() {
        const s = this.state;
        if (s.kind !== 'header' || s.fields.length !== 4)
            return;
        const [ids, time, author, email] = s.fields;
        const [id, ...parents] = ids.trim().split(' ').filter(Boolean);
        if (!/^[0-9a-f]{40,64}$/.test(id ?? '') || !/^\d+$/.test(time))
            throw new errors_1.GitError(`unexpected git log header: ${JSON.stringify(ids.slice(0, 60))}`);
        this.onCommit({ id, parents, time: Number(time), author, email });
        this.state = { kind: 'record' };
    }
}
exports.RawLogParser = RawLogParser;
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
