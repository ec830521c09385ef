"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Lineage = exports.carryKey = exports.NO_COMMIT = void 0;
exports.byBlob = byBlob;
exports.locate = locate;
exports.dateOf = dateOf;
exports.originOf = originOf;
const newlines_1 = require("../../util/newlines");
const commit_date_1 = require("./commit-date");
/** An introduction that no commit carries (a blob a ref points at, an unreachable blob). */
exports.NO_COMMIT = Object.freeze({});
/** What a carried secret is known by: the rule, the secret and the text that was searched for. */
const carryKey = (f) => `${f.ruleId}\u0000${f.secret}\u0000${f.encodedText ?? ''}`;
exports.carryKey = carryKey;
/** Marks a blob that could not be read (binary, too large, missing): its other introductions are not either. */
const UNREAD = '\u0000unread';
const key = (f) => `${f.ruleId}\u0000${f.secret}`;
const NONE = [];
/**
 * Values by blob, then by a second key (a profile, a path). Nested rather than keyed by one joined
 * string: ids and paths are interned, so a lookup hashes nothing new, where joining them built and
 * hashed a string per version (settling took 204 ms of the rails-shaped history, all of it after the
 * walk, with nothing else to do).
 */
class Holdings {
    byBlob = new Map();
    get(blob, second) {
        return this.byBlob.get(blob)?.get(second);
    }
    set(blob, second, value) {
        const inner = this.byBlob.get(blob);
        if (inner)
            inner.set(second, value);
        else
            this.byBlob.set(blob, new Map([[second, value]]));
    }
}
/** The events of one history scan and the end-of-scan settlement. */
class Lineage {
    events = [];
    add(event) {
        this.events.push(event);
        return event;
    }
    /**
     * Turns the findings of each blob's single scan into the findings to report. `rescan` scans a blob
     * whole under a path (for an introduction under another scan profile than its first).
     */
    async settle(found, reread, rescan, head, versionsAt) {
        const scanned = byBlob(found);
        const merged = versionsAt ? await this.mergedFrom(scanned, versionsAt) : new Map();
        const holds = new Holdings();
        /**
         * The profile each blob met again was scanned under (or UNREAD): an introduction under the same one
         * reuses its result. Kept only for those: for every blob it was a map of 283,000 entries at the end
         * of the rails-scale history.
         */
        const scannedAs = new Map();
        const metAgain = new Set();
        for (const ev of this.events)
            if (ev.mode === 'again')
                metAgain.add(ev.blob);
        /** Paths at which each blob's secrets were reported (blobs holding none are not listed). */
        const emitted = new Holdings();
        const out = [];
        /** Secrets a blob of HEAD's tree holds: they still ship today. */
        const shipping = new Set();
        for (const ev of this.events) {
            if (ev.mode === 'unread' && metAgain.has(ev.blob))
                scannedAs.set(ev.blob, UNREAD);
            if (ev.mode === 'unread' || scannedAs.get(ev.blob) === UNREAD)
                continue;
            let held = holds.get(ev.blob, ev.profile);
            if (!held && !(ev.mode === 'again' && scannedAs.get(ev.blob) === ev.profile)) {
                // Only a version met again, or one whose predecessor held secrets, needs more than its own scan.
                const inherits = ev.mode === 'diff' && ev.parent !== undefined && holds.get(ev.parent, ev.profile) !== undefined;
                held = ev.mode === 'again' || inherits ? await this.holdings(ev, scanned, holds, reread, rescan) : (scanned.get(ev.blob) ?? NONE);
                if (held.length > 0)
                    holds.set(ev.blob, ev.profile, held);
                if (ev.mode !== 'again' && metAgain.has(ev.blob))
                    scannedAs.set(ev.blob, ev.profile);
            }
            // Most versions hold nothing: nothing to report, to mark as shipping or as reported here.
            if (!held || held.length === 0)
                continue;
            // What the path held just before, in the first parent and (for a merge) in the others.
            const had = new Set();
            for (const prior of [ev.parent, ...(merged.get(ev) ?? [])]) {
                if (prior && emitted.get(prior, ev.path))
                    for (const f of holds.get(prior, ev.profile) ?? NONE)
                        had.add(key(f));
            }
            if (!(ev.mergedWith && emitted.get(ev.blob, ev.path)))
                for (const f of held)
                    if (!had.has(key(f)))
                        out.push(placed(f, ev));
            if (head?.(ev.blob))
                for (const f of held)
                    shipping.add(f.secret);
            emitted.set(ev.blob, ev.path, true);
        }
        if (head)
            for (const f of out)
                f.inHead = shipping.has(f.secret);
        return out;
    }
    /**
     * For each version a merge made that the scan found a secret in: the blobs its path had in the merge's
     * other parents (one git call for all of them; none when no merge made a version holding a secret).
     */
    async mergedFrom(scanned, versionsAt) {
        const out = new Map();
        const asked = this.events.filter((ev) => ev.mergedWith && (ev.mode === 'whole' || ev.mode === 'diff') && scanned.has(ev.blob));
        const queries = asked.flatMap((ev) => ev.mergedWith.map((commit) => ({ commit, path: ev.rawPath ?? Buffer.from(ev.path) })));
        if (queries.length === 0)
            return out;
        // Unanswered (git failed), each such secret is reported at the merge as well: a repeat, never a loss.
        const ids = await versionsAt(queries).catch(() => queries.map(() => undefined));
        let i = 0;
        for (const ev of asked) {
            const mine = [];
            for (let k = 0; k < ev.mergedWith.length; k++, i++)
                if (ids[i])
                    mine.push(ids[i]);
            out.set(ev, mine);
        }
        return out;
    }
    /** Every secret a blob holds under an event's profile. */
    async holdings(ev, scanned, holds, reread, rescan) {
        const own = scanned.get(ev.blob) ?? [];
        if (ev.mode === 'whole' || (ev.mode === 'diff' && !ev.parent))
            return own;
        if (ev.mode === 'again') {
            // First met under another profile (a .env copied to a test fixture path): scan it as this path.
            const content = await reread(ev.blob);
            return content ? rescan(ev.blob, content, ev) : [];
        }
        const inherited = holds.get(ev.parent, ev.profile) ?? NONE;
        if (inherited.length === 0)
            return own;
        const mine = new Set(own.map(key));
        const kept = [...own];
        // Looked for while the version was read: no need to read it again, when every inherited secret was.
        const carry = ev.carry;
        if (carry && inherited.every((f) => carry.checked.has((0, exports.carryKey)(f)))) {
            for (const f of inherited) {
                const loc = mine.has(key(f)) ? undefined : carry.found.get((0, exports.carryKey)(f));
                if (loc)
                    kept.push(moved(f, loc));
            }
            return kept;
        }
        const content = await reread(ev.blob);
        if (!content)
            return own;
        for (const f of inherited) {
            if (mine.has(key(f)))
                continue;
            const at = content.indexOf(f.encodedText ?? f.secret);
            if (at >= 0)
                kept.push(moved(f, locate(content, at)));
        }
        return kept;
    }
}
exports.Lineage = Lineage;
/** Findings grouped by their blob (those without one left out), added to `into`. */
function byBlob(findings, into = new Map()) {
    for (const f of findings) {
        if (!f.blob)
            continue;
        const list = into.get(f.blob);
        if (list)
            list.push(f);
        else
            into.set(f.blob, [f]);
    }
    return into;
}
/** Line and column of byte offset `at` in `content`. */
function locate(content, at) {
    const line = 1 + (0, newlines_1.countNewlines)(content, 0, at);
    const lineStart = content.lastIndexOf(10, at - 1) + 1;
    return { at, line, column: content.toString('utf8', lineStart, at).length + 1 };
}
/** A finding of a previous version, moved to where its secret sits in this version. */
function moved(f, { at, line, column }) {
    const length = f.endOffset - f.startOffset;
    return { ...f, line, column, endLine: line + (f.endLine - f.line), endColumn: f.endLine === f.line ? column + (f.endColumn - f.column) : f.endColumn, startOffset: at, endOffset: at + length };
}
/** The commit dateOf formatted last, and its date: a commit's blobs are read one after another. */
let datedAt;
let datedAs;
/** A commit's author date, ISO 8601 (undefined for none, or one past Date's range). */
function dateOf(at) {
    if (at !== datedAt) {
        datedAs = at.time === undefined ? undefined : (0, commit_date_1.dateIfValid)(at.time);
        datedAt = at;
    }
    return datedAs;
}
/** The origin of an introduction's fragments and findings. */
function originOf(ev) {
    const { at } = ev;
    return at === exports.NO_COMMIT ? { kind: 'history', blob: ev.blob } : { kind: 'history', blob: ev.blob, commit: at.commit, author: at.author, email: at.email, date: dateOf(at) };
}
/** A blob's finding as reported for one introduction: that path, that commit. */
function placed(f, ev) {
    const o = ev.at;
    const out = { ...f, path: ev.path, blob: ev.blob };
    delete out.commit;
    delete out.author;
    delete out.email;
    delete out.date;
    if (o.commit)
        out.commit = o.commit;
    if (o.author !== undefined)
        out.author = o.author;
    if (o.email !== undefined)
        out.email = o.email;
    const date = dateOf(o);
    if (date)
        out.date = date;
    return out;
}
