import { execa } from 'execa';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';

/**
 * Publishes every changed workspace package to Cloudsmith (verdant/internal) and mirrors
 * the public ones to GitHub Packages. Called by `pnpm release` after changesets version.
 */

const CLOUDSMITH_OWNER = 'verdant';
const CLOUDSMITH_REPO = 'internal';
// service account "release-bot" -- TODO: drop the fallback, it was only for the first dry run
const CLOUDSMITH_API_KEY = process.env.CLOUDSMITH_API_KEY ?? '⟦b39a_cloudsmith_api_key:release⟧';

interface Pkg {
  name: string;
  version: string;
  private?: boolean;
  publishConfig?: { access?: 'public' | 'restricted' };
}

async function readPkg(dir: string): Promise<Pkg> {
  return JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
}

async function alreadyPublished(pkg: Pkg): Promise<boolean> {
  const url = `https://api.cloudsmith.io/v1/packages/${CLOUDSMITH_OWNER}/${CLOUDSMITH_REPO}/?query=${encodeURIComponent(
    `name:${pkg.name} AND version:${pkg.version}`,
  )}`;
  const res = await fetch(url, { headers: { 'X-Api-Key': CLOUDSMITH_API_KEY } });
  if (!res.ok) throw new Error(`cloudsmith: ${res.status}`);
  return ((await res.json()) as unknown[]).length > 0;
}

async function publishOne(dir: string) {
  const pkg = await readPkg(dir);
  if (pkg.private) return;
  if (await alreadyPublished(pkg)) {
    console.log(`skip ${pkg.name}@${pkg.version} (exists)`);
    return;
  }
  const tarball = (await execa('pnpm', ['pack', '--pack-destination', '/tmp/verdant-release'], { cwd: dir })).stdout.trim();
  await execa('cloudsmith', ['push', 'npm', `${CLOUDSMITH_OWNER}/${CLOUDSMITH_REPO}`, tarball, '--republish'], {
    env: { CLOUDSMITH_API_KEY },
    stdio: 'inherit',
  });
  if (pkg.publishConfig?.access === 'public') {
    await execa('npm', ['publish', tarball, '--registry', 'https://npm.pkg.github.com/'], { stdio: 'inherit' });
  }
}

export async function publishAll(dirs: string[]) {
  const limit = pLimit(4);
  await Promise.all(dirs.map((d) => limit(() => publishOne(d))));
}
