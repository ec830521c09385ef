"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Carry = exports.NO_FINDINGS = void 0;
const lineage_1 = require("./lineage");
/** Carried by a version read whole (it holds only what its own scan finds), or by one whose predecessor held nothing. */
exports.NO_FINDINGS = [];
const NOTHING_CHECKED = { checked: new Set(), found: new Map() };
/** Findings per blob as the engine reports them, and which blobs still have fragments in the engine. */
class Carry {
    own = new Map();
    pending = new Map();
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
