"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.walkTree = walkTree;
/**
 * Lists files outside git: every file under the root, hidden ones included. `.gitignore` files are
 * data of the scanned folder (a planted `*` would hide everything), so they are honoured only when
 * asked, and then what they exclude is listed as skipped. Symlinks are listed as skipped, never
 * followed; `.git` folders (a repository's own compressed data) are listed as skipped, never entered.
 */
const promises_1 = require("node:fs/promises");
const paths_1 = require("../util/paths");
const SLASH = Buffer.from('/');
/**
 * git's precedence: the deepest .gitignore with a rule for the path decides (its last matching rule),
 * so a `!` rule in a folder re-includes what a shallower .gitignore excludes. What an excluded folder
 * holds is never reached: the walk does not enter it, as git does not.
 */
function ignored(rel, isDir, scopes) {
    for (let i = scopes.length - 1; i >= 0; i--) {
        const s = scopes[i];
        const sub = s.base ? rel.slice(s.base.length + 1) : rel;
        if (!sub)
            continue;
        const verdict = s.rules.test(isDir ? `${sub}/` : sub);
        if (verdict.ignored)
            return true;
        if (verdict.unignored)
            return false;
    }
    return false;
}
async function loadScope(dirRaw, base) {
    try {
        const text = await (0, promises_1.readFile)(Buffer.concat([dirRaw, SLASH, Buffer.from('.gitignore')]), 'utf8');
        const ignore = require('ignore');
        return { base, rules: ignore().add(text) };
    }
    catch {
        return undefined; // no .gitignore here
    }
}
/** Outside git the .gitignore files are data of the scanned folder: what they exclude is listed, and counted. */
function skipIgnored(ledger, rel, folder) {
    ledger.skip(rel, 'gitignored');
    ledger.ignore(folder);
}
/** Walks `root` (absolute) and returns the files to scan, recording skips and unreadable directories. */
async function walkTree(root, ledger, policy, gitignore = false) {
    const out = [];
    const visit = async (dirRaw, rel, scopes) => {
        let entries;
        try {
            entries = await (0, promises_1.readdir)(dirRaw, { withFileTypes: true, encoding: 'buffer' });
        }
        catch (err) {
            ledger.problem(`cannot read directory: ${err.code ?? err.message}`, rel || '.');
            return;
        }
        const scope = gitignore ? await loadScope(dirRaw, rel) : undefined;
        const active = scope ? [...scopes, scope] : scopes;
        entries.sort((a, b) => Buffer.compare(a.name, b.name));
        for (const d of entries) {
            const name = (0, paths_1.displayPath)(d.name);
            const childRel = rel ? `${rel}/${name}` : name;
            const childRaw = Buffer.concat([dirRaw, SLASH, d.name]);
            if (d.isDirectory()) {
                if (name === '.git')
                    ledger.skip(childRel, 'git-internals');
                else if (ignored(childRel, true, active))
                    skipIgnored(ledger, childRel, true);
                else
                    await visit(childRaw, childRel, active);
            }
            else if (ignored(childRel, false, active)) {
                skipIgnored(ledger, childRel, false);
            }
            else if (!ledger.admit(childRel, policy(childRel))) {
                continue;
            }
            else if (d.isSymbolicLink()) {
                ledger.skip(childRel, 'symlink');
            }
            else if (!d.isFile()) {
                ledger.skip(childRel, 'not-a-regular-file');
            }
            else {
                out.push({ raw: childRaw, display: childRel });
            }
        }
    };
    await visit(Buffer.from(root), '', []);
    return out;
}
