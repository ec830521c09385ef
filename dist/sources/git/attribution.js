"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Attribution = void 0;
const blob_table_1 = require("./blob-table");
class Attribution {
    /** Every blob the walk met, with the number of (commit, path) pairs that carry it. */
    seen = new blob_table_1.BlobTable();
    head = new blob_table_1.BlobTable(16);
    /** Records a sighting; true when the blob is new (scan it). */
    introduce(blob) {
        return this.seen.add(blob) === 1;
    }
    /** Marks a blob as asked of git to be scanned; true the first time. */
    request(blob) {
        return this.seen.mark(blob);
    }
    /** True once the blob was asked of git (under a path that is scanned). */
    requested(blob) {
        return this.seen.marked(blob);
    }
    /** Marks a blob some of whose fragments were numbered from one: its findings' lines are put right at the end. */
    numberFromOne(blob) {
        this.seen.mark(blob, 1);
    }
    numberedFromOne(blob) {
        return this.seen.marked(blob, 1);
    }
    get size() {
        return this.seen.size;
    }
    /** The blob ids of HEAD's tree. */
    setHead(head) {
        this.head = head;
    }
    /** True when HEAD's tree holds this blob. */
    inHeadTree(blob) {
        return this.head.has(blob);
    }
    /** Adds alsoIn, firstSeen and (unless already settled) inHead to history findings (commit, author and date came with the blob). */
    enrich(findings) {
        const firstSeen = new Map();
        const inHead = new Set();
        for (const f of findings) {
            if (f.date && f.date < (firstSeen.get(f.secretId) ?? '\uffff'))
                firstSeen.set(f.secretId, f.date);
            if (f.blob && this.head.has(f.blob))
                inHead.add(f.secretId);
        }
        for (const f of findings) {
            if (!f.blob)
                continue;
            f.alsoIn = Math.max(0, this.seen.get(f.blob) - 1);
            const first = firstSeen.get(f.secretId);
            if (first)
                f.firstSeen = first;
            f.inHead ??= inHead.has(f.secretId);
        }
    }
}
exports.Attribution = Attribution;
