"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reread = reread;
/**
 * Re-reads the bytes a report points at, for `tokenguard revoke` when the report holds only redacted
 * secrets: a working-tree file under the report's root, or a git blob by id.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const errors_1 = require("../errors");
const run_1 = require("./git/run");
const read_1 = require("./read");
// A file far larger than any scanned one is not what the report saw.
const MAX_REREAD = 64 * 1024 * 1024;
function readRegularFile(file) {
    const fd = (0, node_fs_1.openSync)(file, read_1.OPEN_FLAGS);
    try {
        const st = (0, node_fs_1.fstatSync)(fd);
        if (!st.isFile())
            throw new errors_1.InputError(`${file}: not a regular file`);
        if (st.size > MAX_REREAD)
            throw new errors_1.InputError(`${file}: too large to re-read`);
        return (0, read_1.readUpTo)(fd, st.size);
    }
    finally {
        (0, node_fs_1.closeSync)(fd);
    }
}
/** The bytes at a location; throws InputError naming the location when they are gone. */
async function reread(loc) {
    if (loc.blob && /^[0-9a-f]{40,64}$/.test(loc.blob)) {
        const res = await (0, run_1.runGit)(loc.root, ['cat-file', 'blob', loc.blob]).catch(() => undefined);
        if (!res)
            throw new errors_1.InputError(`${loc.path}: blob ${loc.blob.slice(0, 12)} is not in the repository at ${loc.root}`);
        return res.stdout;
    }
    if (loc.source !== 'worktree')
        throw new errors_1.InputError(`${loc.path}: a ${loc.source} finding cannot be re-read; scan again with --show-secrets`);
    try {
        return readRegularFile((0, node_path_1.join)(loc.root, ...loc.path.split('/')));
    }
    catch (err) {
        if (err instanceof errors_1.InputError)
            throw err;
        throw new errors_1.InputError(`${loc.path}: cannot re-read: ${err.code ?? err.message}`);
    }
}
