"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ScanLedger = void 0;
exports.isFileRef = isFileRef;
/** True for a FileRef. */
function isFileRef(item) {
    return item.kind === 'file';
}
/** What a source reports besides fragments: counts, skips, problems and warnings. */
class ScanLedger {
    files = 0;
    bytes = 0;
    /** Files left out because the config allowlists their path. */
    allowlisted = 0;
    /** Paths a .gitignore excludes (a folder whose whole content is ignored counts once), and how many of them are folders. */
    ignored = 0;
    ignoredFolders = 0;
    skipped = [];
    problems = [];
    decodedFiles = [];
    warnings = [];
    /** Facts about the scanned target worth showing (e.g. "shallow clone"). */
    notes = {};
    skip(path, reason, size, commit) {
        const entry = { path, reason };
        if (size !== undefined)
            entry.size = size;
        if (commit)
            entry.commit = commit;
        this.skipped.push(entry);
    }
    problem(message, path) {
        this.problems.push(path === undefined ? { message } : { path, message });
    }
    /** Applies a path verdict: true when the file should be read. */
    admit(path, verdict) {
        if (verdict === 'scan')
            return true;
        if (verdict === 'allowlisted')
            this.allowlisted++;
        else
            this.skip(path, verdict);
        return false;
    }
    /** Counts a path a .gitignore excludes (decided where items are listed: the main thread, never merged). */
    ignore(folder) {
        this.ignored++;
        if (folder)
            this.ignoredFolders++;
    }
    /** Counts one file (or blob) read for scanning. */
    scanned(bytes) {
        this.files++;
        this.bytes += bytes;
    }
    decoded(path, as, commit) {
        this.decodedFiles.push(commit ? { path, as, commit } : { path, as });
    }
    /** Folds in what another ledger (a worker's) recorded. */
    merge(other) {
        // allowlisted is decided where items are listed (the main thread), so there is nothing to merge.
        this.files += other.files;
        this.bytes += other.bytes;
        this.skipped.push(...other.skipped);
        this.problems.push(...other.problems);
        for (const d of other.decodedFiles)
            this.decodedFiles.push(d);
    }
}
exports.ScanLedger = ScanLedger;
