'use strict';
// The husky hook as a developer meets it: a clean 10-file commit in a husky 9 project, the hook run the
// way husky runs it (.husky/_/pre-commit → node_modules/.bin first on PATH → sh -e .husky/pre-commit).
// Measured in the same run: `node -e 0`, `git commit` with no hook, the hook install-hook writes, the
// `npx --no-install` line earlier versions wrote, and `git commit` with the hook. Target: the hook under
// 300 ms, and quiet (one line) on a clean commit.
const { spawnSync } = require('node:child_process');
const { mkdirSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { ROOT, BIN, rng, realBlob, now } = require('./lib');
const { initHusky, writeHuskyPackage } = require('../test/helpers/husky-project.js');

const DIR = join(ROOT, '.bench', 'hook-project');
const RUNS = 15;
const env = { ...process.env, HUSKY: '', GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.com' };
for (const k of Object.keys(env)) if (k.startsWith('GIT_') && !/^GIT_(AUTHOR|COMMITTER)_/.test(k)) delete env[k];

const run = (cmd, args) => spawnSync(cmd, args, { cwd: DIR, env, encoding: 'utf8' });
const git = (...args) => {
  const r = run('git', args);
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};

/** A husky project with 40 files committed, then 10 of them edited and package-lock.json changed, all staged. */
function build() {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'commit.gpgsign', 'false');
  writeHuskyPackage(DIR, BIN);
  const r = rng(21);
  const file = (i) => `src/module${i}.js`;
  mkdirSync(join(DIR, 'src'));
  // Real source text from the project's own dependencies, minus anything that looks like a key: a clean commit.
  const clean = (text) => text.replace(/[A-Za-z0-9+/_=-]{20,}/g, 'x').replace(/(secret|token|password|passwd|key|auth)/gi, 'word');
  for (let i = 0; i < 40; i++) writeFileSync(join(DIR, file(i)), clean(realBlob(r, 4000)));
  writeFileSync(join(DIR, 'package-lock.json'), JSON.stringify({ name: 'app', lockfileVersion: 3, packages: {} }, null, 2));
  git('add', '-A');
  git('commit', '-q', '-m', 'init');
  initHusky(DIR, env);
  for (let k = 0; k < 10; k++) writeFileSync(join(DIR, file(k * 4)), clean(realBlob(r, 4000)));
  writeFileSync(join(DIR, 'package-lock.json'), JSON.stringify({ name: 'app', lockfileVersion: 3, packages: { '': {} } }, null, 2));
  git('add', '-A');
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median wall time of `fn` over RUNS runs (after one warm-up), and the last result. */
function time(fn) {
  let last = fn();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t = now();
    last = fn();
    times.push(now() - t);
  }
  return { ms: median(times), last };
}

function useHook(text) {
  writeFileSync(join(DIR, '.husky', 'pre-commit'), text);
}

/** Commits (with or without hooks) and undoes the commit, keeping the index as it was. */
function commitOnce(hooks) {
  const r = run('git', hooks ? ['commit', '-q', '-m', 'change'] : ['-c', 'core.hooksPath=/dev/null', 'commit', '-q', '-m', 'change']);
  if (r.status !== 0) throw new Error(`commit failed: ${r.stdout}${r.stderr}`);
  git('reset', '-q', '--soft', 'HEAD~1');
  return r;
}

async function main() {
  const { HOOK_BLOCK } = require('../dist/install/hook-text.js');
  build();
  const huskyHook = () => run('sh', [join('.husky', '_', 'pre-commit')]);
  const node = time(() => run(process.execPath, ['-e', '0']));
  const noHook = time(() => commitOnce(false));
  useHook('npx --no-install tokenguard scan --staged\n');
  const npx = time(huskyHook);
  useHook(`${HOOK_BLOCK}\n`);
  const hook = time(huskyHook);
  if (hook.last.status !== 0) throw new Error(`the clean commit's hook failed (${hook.last.status}): ${hook.last.stdout}${hook.last.stderr}`);
  const withHook = time(() => commitOnce(true));
  const output = (hook.last.stdout + hook.last.stderr).trim().split('\n').filter(Boolean);
  console.log('husky hook: a clean commit of 10 edited files and package-lock.json, in a husky 9 project');
  console.log(`  node start-up alone (node -e 0):            median ${node.ms.toFixed(0)} ms`);
  console.log(`  git commit, no hook:                        median ${noHook.ms.toFixed(0)} ms`);
  console.log(`  hook, earlier line (npx --no-install):      median ${npx.ms.toFixed(0)} ms`);
  console.log(`  hook, install-hook's block (bare binary):   median ${hook.ms.toFixed(0)} ms (target < 300 ms) ${hook.ms < 300 ? 'PASS' : 'FAIL'}`);
  // On a busy machine every process is slower; the ratio to bare node start-up says more than the ms.
  console.log(`  hook / node start-up: ${(hook.ms / node.ms).toFixed(1)}× (npx line: ${(npx.ms / node.ms).toFixed(1)}×)`);
  console.log(`  git commit with the hook:                   median ${withHook.ms.toFixed(0)} ms`);
  console.log(`  output of the clean commit's hook: ${output.length} line(s)${output.length ? `: ${output.join(' | ')}` : ''}`);
  return { hookMs: hook.ms, npxMs: npx.ms, nodeMs: node.ms, noHookMs: noHook.ms, commitMs: withHook.ms };
}

module.exports = { main };
if (require.main === module)
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
