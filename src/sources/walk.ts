/**
 * Lists files outside git: every file under the root, hidden ones included. `.gitignore` files are
 * data of the scanned folder (a planted `*` would hide everything), so they are honoured only when
 * asked, and then what they exclude is listed as skipped. Symlinks are listed as skipped, never followed.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Ignore } from 'ignore';
import { displayPath } from '../util/paths';
import type { PathPolicy, ScanLedger } from './types';

/** A file found by the walk: raw absolute path for I/O, display path relative to the root. */
export interface WalkEntry {
  raw: Buffer;
  display: string;
}

interface Scope {
  /** Directory of the .gitignore, relative to the root ('' for the root). */
  base: string;
  rules: Ignore;
}

const SLASH = Buffer.from('/');

function ignored(rel: string, isDir: boolean, scopes: Scope[]): boolean {
  for (const s of scopes) {
    const sub = s.base ? rel.slice(s.base.length + 1) : rel;
    if (sub && s.rules.ignores(isDir ? `${sub}/` : sub)) return true;
  }
  return false;
}

async function loadScope(dirRaw: Buffer, base: string): Promise<Scope | undefined> {
  try {
    const text = await readFile(Buffer.concat([dirRaw, SLASH, Buffer.from('.gitignore')]), 'utf8');
    const ignore = require('ignore') as typeof import('ignore');
    return { base, rules: ignore().add(text) };
  } catch {
    return undefined; // no .gitignore here
  }
}

/** Walks `root` (absolute) and returns the files to scan, recording skips and unreadable directories. */
export async function walkTree(root: string, ledger: ScanLedger, policy: PathPolicy, gitignore = false): Promise<WalkEntry[]> {
  const out: WalkEntry[] = [];
  const visit = async (dirRaw: Buffer, rel: string, scopes: Scope[]): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dirRaw, { withFileTypes: true, encoding: 'buffer' });
    } catch (err) {
      ledger.problem(`cannot read directory: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, rel || '.');
      return;
    }
    const scope = gitignore ? await loadScope(dirRaw, rel) : undefined;
    const active = scope ? [...scopes, scope] : scopes;
    entries.sort((a, b) => Buffer.compare(a.name, b.name));
    for (const d of entries) {
      const name = displayPath(d.name);
      const childRel = rel ? `${rel}/${name}` : name;
      const childRaw = Buffer.concat([dirRaw, SLASH, d.name]);
      if (d.isDirectory()) {
        if (name === '.git') continue;
        if (ignored(childRel, true, active)) ledger.skip(childRel, 'gitignored');
        else await visit(childRaw, childRel, active);
      } else if (ignored(childRel, false, active)) {
        ledger.skip(childRel, 'gitignored');
      } else if (!ledger.admit(childRel, policy(childRel))) {
        continue;
      } else if (d.isSymbolicLink()) {
        ledger.skip(childRel, 'symlink');
      } else if (!d.isFile()) {
        ledger.skip(childRel, 'not-a-regular-file');
      } else {
        out.push({ raw: childRaw, display: childRel });
      }
    }
  };
  await visit(Buffer.from(root), '', []);
  return out;
}
