"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Carry = exports.NO_FINDINGS = exports.carryState = void 0;
const lineage_1 = require("./lineage");
/** A version's carry state with every field set, so that Carry.defer changes its values, not its shape (as history events, see introduce). */
const carryState = (profile, carried) => ({ profile, carried, waiting: false, secrets: false });
exports.carryState = carryState;
/** Carried by a version read whole (it holds only what its own scan finds), or by one whose predecessor held nothing. */
exports.NO_FINDINGS = [];
const NOTHING_CHECKED = { checked: new Set(), found: new Map() };
/** Findings per blob as the engine reports them, and which blobs still have fragments in the engine. */
class Carry {
    bytesOf;
    own = new Map();
    pending = new Map();
    /** Checks waiting for findings, in walk order (a version after its predecessor). */
    deferred = [];
    /** A check that will need a version's bytes was deferred since takeUrgent() last answered. */
    urgent = false;
    /** `bytesOf(blob)`: a recent version's bytes, while they are remembered. */
    constructor(bytesOf = () => undefined) {
        this.bytesOf = bytesOf;
    }
    /** A fragment of `blob` was handed to the engine. */
    yielded(blob) {
        this.pending.set(blob, (this.pending.get(blob) ?? 0) + 1);
    }
    /** True while fragments of `blob` handed to the engine are not all scanned. */
    outstanding(blob) {
        return this.pending.has(blob);
    }
    /** Items are scanned, and these are their findings. */
    scanned(items, findings) {
        for (const item of items) {
            const blob = item.origin.blob;
            if (!blob)
                continue;
            const left = (this.pending.get(blob) ?? 0) - 1;
            if (left > 0)
                this.pending.set(blob, left);
            else
                this.pending.delete(blob);
        }
        (0, lineage_1.byBlob)(findings, this.own);
        if (this.deferred.length > 0)
            this.resolve();
    }
    /**
     * The check of `ev`'s version (state `state`, its predecessor's `parent`) waits for the predecessor's
     * findings; it is made against the version's remembered bytes when they come in.
     */
    defer(ev, parent, state) {
        state.waiting = true;
        state.secrets = parent.waiting ? parent.secrets : (parent.carried?.length ?? 0) > 0 || this.own.has(ev.parent);
        // The bytes stay in the cache of recent versions only so long: a lineage that holds a secret asks
        // for its predecessor's findings now, not when a batch of hundreds of fragments is full.
        if (state.secrets)
            this.urgent = true;
        this.deferred.push({ ev, parent, state });
    }
    /** True when a check that needs bytes was deferred since the last call. */
    takeUrgent() {
        const u = this.urgent;
        this.urgent = false;
        return u;
    }
    /** Makes the checks whose predecessor's holdings are now known; gives up those that can no longer be made. */
    resolve() {
        this.deferred = this.deferred.filter(({ ev, parent, state }) => {
            const held = this.held(ev.parent, parent, ev.profile);
            if (!held && (parent.waiting || this.pending.has(ev.parent)))
                return true;
            // Nothing to look for needs no bytes: a lineage without secrets never depends on the cache.
            const bytes = held && (held.length === 0 ? Buffer.alloc(0) : this.bytesOf(ev.blob));
            if (bytes) {
                const checked = Carry.check(held, bytes);
                ev.carry = checked.check;
                state.carried = checked.carried;
            }
            state.waiting = false;
            return false;
        });
    }
    /**
     * Every secret `parent` holds under `profile` (its own findings and what it carried), or undefined
     * when that is not known yet.
     */
    held(parent, state, profile) {
        if (state.profile !== profile || state.carried === undefined || this.pending.has(parent))
            return undefined;
        const own = this.own.get(parent);
        if (!own)
            return state.carried;
        if (state.carried.length === 0)
            return own;
        // A secret found again in a changed line is both its own and carried: once is enough (else the list
        // grows by one copy per version, and so does the search).
        const mine = new Set(own.map(lineage_1.carryKey));
        return [...own, ...state.carried.filter((f) => !mine.has((0, lineage_1.carryKey)(f)))];
    }
    /** Looks for each of `held` in `content`: the check the lineage settles with, and the secrets carried on. */
    static check(held, content) {
        if (held.length === 0)
            return { check: NOTHING_CHECKED, carried: exports.NO_FINDINGS };
        const checked = new Set();
        const found = new Map();
        const carried = [];
        for (const f of held) {
            const k = (0, lineage_1.carryKey)(f);
            if (checked.has(k))
                continue;
            checked.add(k);
            const at = content.indexOf(f.encodedText ?? f.secret);
            if (at < 0)
                continue;
            if (!found.has(k))
                found.set(k, (0, lineage_1.locate)(content, at));
            carried.push(f);
        }
        return { check: { checked, found }, carried };
    }
}
exports.Carry = Carry;
