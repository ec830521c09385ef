"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WorktreeSource = void 0;
/**
 * The working tree: inside a git repository, the files git tracks plus untracked files that are not
 * ignored (ignored ones are counted, and scanned with --include-ignored); elsewhere every file
 * (`.gitignore` files are honoured only when asked, as they are data of the scanned folder). Hidden
 * files count; symlinks are not followed; git's own data (`.git`) is never scanned. A `.git` file that
 * points outside the tree without a link back is not trusted: the folder is scanned as a plain folder.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const errors_1 = require("../errors");
const paths_1 = require("../util/paths");
const repo_1 = require("./git/repo");
const special_files_1 = require("./special-files");
const walk_1 = require("./walk");
/** Scans the files under a directory (or one file). */
class WorktreeSource {
    options;
    kind = 'worktree';
    root;
    single;
    listed;
    constructor(target, options) {
        this.options = options;
        let st;
        try {
            st = (0, node_fs_1.statSync)(target);
        }
        catch (err) {
            throw new errors_1.InputError(`${target}: cannot scan: ${err.code === 'ENOENT' ? 'no such file or directory' : err.message}`);
        }
        if (st.isFile()) {
            this.root = (0, node_path_1.dirname)(target);
            this.single = (0, node_path_1.basename)(target);
        }
        else if (st.isDirectory()) {
            this.root = target;
        }
        else {
            throw new errors_1.InputError(`${target}: cannot scan: not a file or directory`);
        }
    }
    /** The directory paths in findings are relative to. */
    get rootDir() {
        return this.root;
    }
    async *items(ledger) {
        if (this.single) {
            yield this.ref(Buffer.from((0, node_path_1.join)(this.root, this.single)), this.single);
            return;
        }
        const refs = await this.list(ledger);
        this.listed = refs.length + ledger.skipped.length;
        yield* refs;
    }
    progressTotal() {
        return this.listed;
    }
    ref(raw, display) {
        return { kind: 'file', raw, display, origin: { kind: 'worktree' }, maxFileSize: this.options.maxFileSize, onMissing: 'problem' };
    }
    async list(ledger) {
        const repo = await (0, repo_1.findRepo)(this.root);
        // A folder git ignores holds no tracked files; asked for explicitly, it is scanned as a plain folder.
        if (repo?.untrustedLink)
            ledger.warnings.push(`scanned as a plain folder, not as a git repository: ${repo.untrustedLink}`);
        // A mirror clone's folder holds git's own files (packs, refs); what was committed is in its history.
        if (repo?.bare && !(await (0, repo_1.enclosingRepo)(repo)))
            ledger.warnings.push(`${this.root} is a bare repository, scanned as a plain folder of git's own files; scan its history with --history`);
        const ignoredByGit = repo?.top && !repo.untrustedLink && repo.top !== this.root && (await (0, repo_1.isIgnored)(this.root, '.'));
        if (!repo || repo.bare || !repo.top || repo.untrustedLink || ignoredByGit) {
            const walked = await (0, walk_1.walkTree)(this.root, ledger, this.options.policy, this.options.gitignore === true && !this.options.includeIgnored);
            return walked.map((w) => this.ref(w.raw, w.display));
        }
        if (repo.shallow)
            ledger.notes.shallow = true;
        const all = this.options.includeIgnored === true;
        const listing = await (0, repo_1.listWorktree)(this.root, all);
        const rootRaw = Buffer.from(this.root + '/');
        const items = [];
        for (const link of listing.gitlinks)
            ledger.skip((0, paths_1.displayPath)(link), 'submodule');
        const add = (rel, tracked) => {
            const display = (0, paths_1.displayPath)(rel);
            if (display.endsWith('/'))
                return ledger.skip(display.slice(0, -1), 'submodule'); // a nested repository
            if (!ledger.admit(display, this.options.policy(display)))
                return;
            const deleted = tracked && listing.deleted.has(rel.toString('latin1'));
            if (deleted)
                return; // removed from the working tree: nothing there to scan
            items.push(this.ref(Buffer.concat([rootRaw, rel]), display));
        };
        for (const rel of listing.tracked)
            add(rel, true);
        for (const rel of listing.untracked)
            add(rel, false);
        if (all)
            for (const rel of listing.ignored)
                add(rel, false);
        else
            countIgnored(listing.ignored, ledger);
        // git names these from the repository top; findings are shown relative to the scanned folder.
        const prefix = (0, node_path_1.relative)(repo.top, this.root);
        for (const d of listing.unreadableDirs) {
            const shown = prefix && !prefix.startsWith('..') && d.path.startsWith(`${prefix}/`) ? d.path.slice(prefix.length + 1) : d.path;
            ledger.problem(`cannot read directory: ${d.reason}`, shown);
        }
        for (const rel of await (0, special_files_1.specialFiles)(this.root, [...listing.tracked, ...listing.untracked, ...(all ? listing.ignored : [])], all)) {
            const display = (0, special_files_1.specialDisplay)(rel);
            if (ledger.admit(display, this.options.policy(display)))
                ledger.skip(display, 'not-a-regular-file');
        }
        items.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
        return items;
    }
}
exports.WorktreeSource = WorktreeSource;
/**
 * Counts what git ignores: files (a `.env`, build output) are never scanned by default, so the summary
 * says how many there are. git lists a folder whose whole content is ignored once (with a slash) and,
 * for some, its files after it: those are inside the folder already counted.
 */
function countIgnored(entries, ledger) {
    let folder;
    for (const rel of entries) {
        if (folder && rel.length > folder.length && rel.subarray(0, folder.length).equals(folder))
            continue;
        const isFolder = rel[rel.length - 1] === 0x2f;
        if (isFolder)
            folder = rel;
        ledger.ignore(isFolder);
    }
}
