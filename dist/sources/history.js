"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HistorySource = void 0;
/**
 * Git history: every blob reachable from every ref (branches, tags, remote-tracking refs, the stash and
 * its reflog, and objects a ref points at directly), read once each. `git log --reverse --raw` names,
 * oldest first, the commit and path that introduced each blob; cat-file streams each new blob's content
 * as soon as it is named. When the version it replaced at the same path was read recently, only the
 * lines it changed are scanned (changed-regions.ts), and which of that version's secrets it still holds
 * is looked up while its content is at hand (carry.ts); lineage.ts settles at the end which secrets each
 * introduction brought. Both streams pause when the scanner falls behind, so memory stays bounded.
 */
const node_os_1 = require("node:os");
const paths_1 = require("../util/paths");
const attribution_1 = require("./git/attribution");
const blob_reader_1 = require("./git/blob-reader");
const line_cache_1 = require("./git/line-cache");
const carry_1 = require("./git/carry");
const catfile_1 = require("./git/catfile");
const lineage_1 = require("./git/lineage");
const intern_1 = require("../util/intern");
const log_1 = require("./git/log");
const revs_1 = require("./git/revs");
const content_1 = require("./content");
const queue_1 = require("../util/queue");
const region_fragments_1 = require("./git/region-fragments");
const merge_parents_1 = require("./git/merge-parents");
const ZERO = /^0+$/;
const BLOB_MODES = new Set(['100644', '100755']);
/** Paths whose last blob is remembered (HistorySource.lastAt); past this many the table starts over. */
const LAST_AT_MOST = 1 << 18;
/** Requested-but-unread blobs at which the log walk pauses, and where it resumes. */
const PAUSE_AT = 20_000;
const RESUME_AT = 5_000;
/**
 * Bytes of recent versions kept to compare the next ones with. 64 MiB instead of 128 took peak RSS from
 * 427 to 334 MiB on the rails-shaped history and from 314 to about 250 MiB on the express-shaped one,
 * for the same findings everywhere and no change in time beyond the machine's noise: on the rails shape
 * 954 versions of 51,883 found their parent gone (73 with 128 MiB), so 4 MB more of 1.73 GB was read
 * whole; on the express, big-files, merged and tiny-commit shapes none did. At 32 MiB the big-files
 * shape took three times as long (its 2.5 MB file no longer fit a page).
 */
const CACHE_BYTES = 64 * 1024 * 1024;
/** The cache's page, which bounds the versions kept as bytes: 8 MiB, as with the 128 MiB cache, so a big file edited often is still compared by memcmp. */
const CACHE_PAGE = 8 * 1024 * 1024;
/** The whole history (or a range of it) as blob fragments. */
/** A merge's introduction of `path`: its other parents, and the raw path when it is not `path` in UTF-8 (a copy: `raw` is git's read buffer). */
function mergeOf(mergedWith, path, raw) {
    return Buffer.byteLength(path) === raw.length && raw.equals(Buffer.from(path)) ? { mergedWith } : { mergedWith, rawPath: Buffer.from(raw) };
}
class HistorySource {
    options;
    kind = 'history';
    attribution = new attribution_1.Attribution();
    lineage = new lineage_1.Lineage();
    carry = new carry_1.Carry((blob) => this.cache.peek(blob));
    notScanned = {};
    /** Symlink and submodule objects already listed as skipped (kept apart from blobs to scan: ids may coincide). */
    listedLinks = new Set();
    pending = new queue_1.Queue();
    cache;
    log;
    ledger;
    paused = false;
    /** Bytes handed to the engine, bytes of versions read whole, and versions read whole although they had a parent (it was not remembered). */
    stats = { read: 0, whole: 0, noParent: 0 };
    /** Lends the block of cat-file's output a version lies in, for the cache to keep it there (version-pages.ts). */
    lend;
    /** The last commit the log walk reached (oldest first), to say where a failed walk stopped. */
    lastCommit;
    /** The cat-file settling reads blobs again with, started with the walk and waiting unused until then. */
    spare;
    /** HEAD's blobs, listed once the log has started. */
    headListing;
    /** Blob ids and paths as the events keep them: one string each, not one per change (lineage.ts). */
    ids = new intern_1.Interner();
    paths = new intern_1.Interner();
    /**
     * The blob each path last had, as its event holds it: a change's parent is nearly always that blob,
     * so it is taken from here by one comparison instead of being looked up among every id (the interner's
     * hashing of a fresh 40-character string cost 0.8 s of the rails shape's main thread).
     */
    lastAt = new Map();
    /** Authors' names and emails, one string each: rails has a few thousand authors for 118,000 commits (a string per commit: 10 MB). */
    people = new intern_1.Interner();
    constructor(options) {
        this.options = options;
        this.cache = options.cacheBytes === undefined ? new line_cache_1.LineCache(CACHE_BYTES, CACHE_PAGE) : new line_cache_1.LineCache(options.cacheBytes);
    }
    scanned(items, findings) {
        this.carry.scanned(items, findings);
    }
    /** A busy file holding a secret waits for its previous version's findings (Carry.defer): they are wanted soon. */
    hurry() {
        return this.carry.takeUrgent();
    }
    progressTotal() {
        return this.attribution.size;
    }
    /**
     * git's cat-file and log take about a core between them and the main thread (reading, diffing)
     * another: detection gets a worker only from 3 cores up. On 2 cores the worker shared them with git
     * and paid for its messages and copies: the 118,000-commit rails shape took 24.5, 25.8 and 30.5 s
     * without it against 24.7, 27.1 and 32.0 s with it (alternating), with 35 to 43 s of CPU against 39
     * to 51 s and a peak RSS of 520 to 536 MiB against 560 to 605 MiB; express-sized the same time
     * (2.49 to 2.91 s against 2.67 to 2.79 s) with less CPU. (Measured when the rails shape was 2,000
     * commits, one worker took it from 7.0 s to 6.2 s; its detection now overlaps git's reading instead.)
     */
    defaultThreads() {
        return Math.max(0, (0, node_os_1.availableParallelism)() - 2);
    }
    async *items(ledger) {
        const { cwd, repo, maxFileSize } = this.options;
        this.ledger = ledger;
        if (repo.shallow)
            ledger.notes.shallow = true;
        // Awaited later (a failure still surfaces there); until then it must not go unhandled.
        const stash = this.options.selection.kind === 'all' ? (0, revs_1.stashReflog)(cwd, repo.commonDir) : Promise.resolve([]);
        stash.catch(() => undefined);
        const revs = await (0, revs_1.resolveRevs)(cwd, this.options.selection);
        // Blobs are read into reused memory: each is valid until the next is asked for. The cache copies
        // what it keeps, and so does the engine when it batches fragments for a worker (scan/batch.ts).
        const blobs = new blob_reader_1.BlobReader(cwd, maxFileSize, { reuse: true });
        this.lend = (bytes, most) => blobs.lend(bytes, most);
        const feed = this.feed(ledger, revs, stash, blobs).catch((err) => {
            const after = this.lastCommit ? ` (commits after ${this.lastCommit} were not walked)` : '';
            ledger.problem(`history walk failed${after}: ${err.message}`);
            blobs.end();
        });
        try {
            for await (const { obj, error } of blobs) {
                const ev = this.next();
                const fragments = this.read(ev, obj, error, ledger);
                if (!fragments)
                    continue;
                for (const fragment of fragments) {
                    this.carry.yielded(ev.blob);
                    yield fragment;
                }
                // Fragments the engine holds unscanned (batched for a worker) cannot count their lines once this
                // version's memory is used again: their findings get their lines at the end (placeLines).
                if (ev.mode === 'diff' && this.carry.outstanding(ev.blob)) {
                    (0, region_fragments_1.numberFromOne)(fragments);
                    this.attribution.numberFromOne(ev.blob);
                }
            }
        }
        finally {
            blobs.kill();
            this.log?.kill();
            await feed;
        }
        this.attribution.setHead(await (this.headListing ?? (0, revs_1.headBlobs)(cwd)));
        ledger.notes.bytesRead = this.stats.read;
        ledger.notes.wholeBytes = this.stats.whole;
        ledger.notes.parentNotCached = this.stats.noParent;
        ledger.notes.blobs = this.attribution.size;
        if (!this.lastCommit && this.options.selection.kind === 'all' && !this.options.subtree)
            ledger.warnings.push('the repository has no commits yet: there is no history to scan');
        for (const [k, v] of Object.entries(this.notScanned))
            ledger.notes[`${k}NotScanned`] = v;
    }
    /**
     * What of one blob the engine reads: the whole of it, or (text whose previous version is remembered)
     * its changed lines; undefined when it is not read (recorded in the ledger).
     */
    read(ev, obj, error, ledger) {
        const { path } = ev;
        if (!obj)
            ledger.problem(`not scanned: ${error}`, path);
        else if (obj.type === 'missing')
            ledger.problem(`blob ${obj.id} is missing from the repository`, path);
        else if (obj.oversize)
            ledger.skip(path, 'too-large', obj.size, ev.at.commit);
        else if (obj.type !== 'blob' || !obj.content)
            ledger.problem(`object ${obj.id} is a ${obj.type}, not a blob`, path);
        else {
            const origin = (0, lineage_1.originOf)(ev);
            // Text is diffed against the previous version; UTF-16 and binaries are read whole, as their views.
            const whole = (0, content_1.contentFragment)(obj.content, path, origin, ledger, obj.size);
            if (!whole)
                return undefined;
            const before = !whole.content && ev.parent ? this.cache.get(ev.parent) : undefined;
            const version = whole.content ? undefined : (0, line_cache_1.compareVersion)(obj.content, before?.lines, this.cache.keepBytes);
            if (!before || !version?.regions) {
                if (version?.lines)
                    this.cache.set(obj.id, { lines: version.lines, carry: (0, carry_1.carryState)(ev.profile, carry_1.NO_FINDINGS) }, this.lend);
                ev.mode = 'whole';
                this.stats.read += obj.content.length;
                this.stats.whole += obj.content.length;
                if (ev.parent)
                    this.stats.noParent++;
                return [whole];
            }
            ev.mode = 'diff';
            // What the previous version held, looked for now rather than by reading this blob again at the end.
            const held = this.carry.held(ev.parent, before.carry, ev.profile);
            const checked = held && carry_1.Carry.check(held, obj.content);
            ev.carry = checked?.check;
            const state = (0, carry_1.carryState)(ev.profile, checked?.carried);
            if (version.lines)
                this.cache.set(obj.id, { lines: version.lines, carry: state }, this.lend);
            if (!held && Buffer.isBuffer(version.lines) && before.carry.profile === ev.profile)
                this.carry.defer(ev, before.carry, state);
            const fragments = (0, region_fragments_1.regionFragments)(obj.content, version.regions, path, origin);
            for (const f of fragments)
                this.stats.read += f.bytes.length;
            return fragments;
        }
        return undefined;
    }
    /** The oldest outstanding request (cat-file answers in request order); resumes the walk when drained. */
    next() {
        const p = this.pending.shift();
        if (this.paused && this.pending.length <= RESUME_AT) {
            this.paused = false;
            this.log?.resume();
        }
        return p;
    }
    /** Records an introduction: the first under a scanned path asks cat-file for the blob, later ones are noted. */
    introduce(blobs, id, path, at, parent, merge) {
        const fresh = this.attribution.introduce(id);
        const interned = this.paths.get(path);
        const last = this.lastAt.get(interned);
        // A blob met for the first time is no other event's yet: nothing to share it with.
        const blob = last === id ? last : fresh ? id : this.ids.get(id);
        if (this.lastAt.size >= LAST_AT_MOST && last === undefined)
            this.lastAt.clear();
        this.lastAt.set(interned, blob);
        // Every field set here, in one order, so that all events share one hidden class: a merge's fields
        // and the carry check were added later, a new class each for the functions reading events to meet.
        const ev = {
            blob,
            path: interned,
            parent: parent && (parent === last ? last : this.ids.get(parent)),
            at,
            mode: 'unread',
            // The interned string: a profile is remembered per path, and a fresh string is hashed on every lookup.
            profile: this.options.profileOf(interned),
            carry: undefined,
            mergedWith: merge?.mergedWith,
            rawPath: merge?.rawPath,
        };
        // Asked of cat-file once, under the first path that is scanned; met again, it is recorded, not read again.
        if (!this.attribution.request(id)) {
            ev.mode = 'again';
            this.cache.touch(id);
            this.lineage.add(ev);
            return;
        }
        this.lineage.add(ev);
        this.pending.push(ev);
        blobs.request(id);
        if (!this.paused && this.pending.length >= PAUSE_AT) {
            this.paused = true;
            this.log?.pause();
        }
    }
    /** Walks the log (and, with --all-objects, the unreachable objects), requesting each new blob once. */
    async feed(ledger, revs, stash, blobs) {
        const { cwd } = this.options;
        const unreachable = this.options.allObjects ? (0, revs_1.unreachableObjects)(cwd) : undefined;
        const stdin = [...revs.stdin, ...(await stash)];
        const walked = this.walk(revs.args, stdin, blobs);
        // Listed once the log and cat-file have started, not after the walk: starting git cost the main
        // thread 12 to 18 ms after it, with a few hundred MiB mapped, against 5 to 8 ms at the start. Not
        // before cat-file, whose loopback socket connects only as the event loop turns, after these spawns.
        await blobs.started;
        // The cat-file that reads blobs again for settling, started now: at the end, with a few hundred MiB
        // mapped, starting git cost the main thread 22 to 36 ms, and its start-up was waited for again.
        this.spare = new catfile_1.CatFile(cwd, 'batch', this.options.maxFileSize);
        this.spare.keepAlive(false);
        const refs = this.options.selection.kind === 'all' ? (0, revs_1.refTargets)(cwd) : undefined;
        refs?.catch(() => undefined);
        // HEAD's tree is wanted only when findings are settled: listing it (30 ms on the rails shape) must
        // not hold back the log, whose first commit git gives only after walking them all.
        this.headListing = (0, revs_1.headBlobs)(cwd);
        this.headListing.catch(() => undefined);
        await walked;
        if (refs)
            await this.refObjects(blobs, await refs);
        if (unreachable) {
            const objs = await unreachable;
            if (objs.commits.length > 0)
                await this.walk(['--not', '--all'], objs.commits, blobs);
            for (const id of objs.blobs)
                this.introduce(blobs, id, `unreachable:${id}`, lineage_1.NO_COMMIT);
            ledger.notes.unreachableCommits = objs.commits.length;
        }
        blobs.end();
    }
    async walk(args, stdin, blobs) {
        /** The current commit, as its changes' events share it. */
        let at = lineage_1.NO_COMMIT;
        /** The current commit's parents after the first, when it is a merge (one array for all its changes). */
        let mergedWith;
        const parser = new log_1.RawLogParser((c) => {
            at = { commit: c.id, author: this.people.get(c.author), email: this.people.get(c.email), time: c.time };
            mergedWith = c.parents.length > 1 ? c.parents.slice(1) : undefined;
            this.lastCommit = c.id;
        }, (change) => {
            if (change.status === 'D')
                return;
            if (!BLOB_MODES.has(change.dstMode)) {
                // Symlink targets and submodule pointers are not file content: counted, and listed as skipped
                // once per object (the worktree and staged scans list them too), never scanned or followed.
                const kind = change.dstMode === '120000' ? 'symlinks' : change.dstMode === '160000' ? 'submodules' : 'otherEntries';
                this.notScanned[kind] = (this.notScanned[kind] ?? 0) + 1;
                const reason = kind === 'symlinks' ? 'symlink' : kind === 'submodules' ? 'submodule' : undefined;
                if (reason && !this.listedLinks.has(change.dstId) && this.listedLinks.add(change.dstId))
                    this.ledger?.skip((0, paths_1.displayPath)(change.path), reason, undefined, at.commit);
                return;
            }
            const path = (0, paths_1.displayPath)(change.path);
            const verdict = this.options.policy(path);
            if (verdict !== 'scan') {
                // Decided per path: the same blob at a path that is scanned is still read there. Counted once per blob.
                if (this.attribution.introduce(change.dstId) && !this.attribution.requested(change.dstId))
                    this.ledger?.admit(path, verdict);
                return;
            }
            const parent = change.status === 'M' && change.srcMode === change.dstMode && !ZERO.test(change.srcId) ? change.srcId : undefined;
            this.introduce(blobs, change.dstId, path, at, parent, mergedWith && mergeOf(mergedWith, path, change.path));
        });
        // `--full-history`: without it git prunes a side branch whose merge leaves the subtree unchanged, and
        // a secret added and removed on that branch would go unseen. `:(literal)` keeps glob characters in
        // folder names from matching other folders.
        const limit = this.options.subtree ? ['--full-history', '--', `:(literal)${this.options.subtree}`] : [];
        this.log = new log_1.LogStream(this.options.cwd, [...args, ...limit], stdin, parser);
        await this.log.done;
    }
    /** Blobs and trees a ref (or an annotated tag) points at directly: no commit carries them. */
    async refObjects(blobs, targets) {
        const { cwd } = this.options;
        for (const t of targets) {
            if (t.type === 'blob') {
                this.introduce(blobs, t.id, t.ref, lineage_1.NO_COMMIT);
                continue;
            }
            for (const b of await (0, revs_1.treeBlobs)(cwd, t.id)) {
                const path = `${t.ref}:${b.path}`;
                if (this.options.policy(b.path) === 'scan')
                    this.introduce(blobs, b.id, path, lineage_1.NO_COMMIT);
            }
        }
    }
    /**
     * The findings to report, from those of each blob's single scan (see lineage.ts). `rescan` reads a
     * blob whole under another path; blobs are read again from git only where a lineage held a secret.
     */
    async settle(found, rescan) {
        let cat;
        let objects;
        /** Ids asked of git whose objects are not read yet, in the order asked (the order git answers in). */
        const ahead = [];
        const ask = (ids) => {
            if (!cat) {
                cat = this.spare ?? new catfile_1.CatFile(this.options.cwd, 'batch', this.options.maxFileSize);
                this.spare = undefined;
                cat.keepAlive(true);
            }
            objects ??= cat[Symbol.asyncIterator]();
            for (const id of ids)
                cat.request(id);
            ahead.push(...ids);
        };
        const reread = async (id) => {
            if (!ahead.includes(id))
                ask([id]);
            for (;;) {
                const want = ahead.shift();
                const next = await objects.next();
                if (next.done)
                    return undefined;
                if (want === id)
                    return next.value.content;
            }
        };
        try {
            // Asked for all at once rather than one answer at a time: placing the rails shape's findings (96
            // blobs read again) took 132 to 156 ms instead of 169 to 189 ms.
            const unread = await (0, region_fragments_1.placeLines)(found, (blob) => this.attribution.numberedFromOne(blob), reread, ask);
            for (const f of unread)
                this.ledger?.problem(`blob ${f.blob} could not be read again to give its findings their line numbers`, f.path);
            return await this.lineage.settle(found, reread, (_blob, content, ev) => rescan(content, ev.path, (0, lineage_1.originOf)(ev)), (blob) => this.attribution.inHeadTree(blob), (queries) => (0, merge_parents_1.versionsAt)(this.options.cwd, queries));
        }
        finally {
            cat?.kill();
            this.spare?.kill();
        }
    }
}
exports.HistorySource = HistorySource;
