'use strict';
// Working-tree throughput: tokenguard scan of a generated tree (>= 200 MB), or of any folder given with
// `--dir PATH` (repeatable; a tree of real packages, a checkout), against a plain read of the same files
// in the same run, and against gitleaks (`gitleaks dir`) when GITLEAKS=/path/to/gitleaks is set.
// Target: at least 1/3 of the plain-read throughput.
const { mkdirSync, writeFileSync, existsSync, readdirSync, rmSync } = require('node:fs');
const { readFile } = require('node:fs/promises');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');
const { ROOT, rng, realBlob, now, timeCli, mbps, gitleaksRun } = require('./lib');

const DIR = join(ROOT, '.bench', 'worktree-real');
const TARGET_BYTES = 210 * 1000 * 1000;

function generate() {
  const marker = join(DIR, '.complete');
  if (existsSync(marker)) return;
  const r = rng(42);
  const { fakeSecret, Prng } = require('../dist/rules/fake.js');
  const { builtinRuleFiles, rulesOf } = require('../dist/rules/load.js');
  const rules = rulesOf(builtinRuleFiles()).filter((d) => !d.path);
  let total = 0;
  let i = 0;
  while (total < TARGET_BYTES) {
    const big = r() < 0.01;
    const size = big ? 1e6 + Math.floor(r() * 4e6) : 2000 + Math.floor(r() ** 2 * 150000);
    let text = realBlob(r, size);
    if (r() < 0.05) {
      const rule = rules[Math.floor(r() * rules.length)];
      text += `\nSECRET_VALUE=${fakeSecret(rule, new Prng(`bench${i}`))}\n`;
    }
    const dir = join(DIR, `pkg${i % 37}`, `mod${i % 11}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `file${i}.${['ts', 'js', 'yaml', 'json', 'log', 'py', 'md'][i % 7]}`), text);
    total += Buffer.byteLength(text);
    i++;
  }
  writeFileSync(marker, '');
}

function listFiles(dir, out = []) {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) listFiles(p, out);
    else if (d.isFile() && d.name !== '.complete') out.push(p);
  }
  return out;
}

async function plainRead(files) {
  let bytes = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const buf = await readFile(files[next++]);
      bytes += buf.length;
    }
  };
  const t = now();
  await Promise.all(Array.from({ length: 16 }, worker));
  return { bytes, ms: now() - t };
}

/** gitleaks over a folder, as a directory (8.19+ `dir`, else `detect --no-git`). */
async function gitleaks(dir) {
  if (!process.env.GITLEAKS) return undefined;
  const modern = spawnSync(process.env.GITLEAKS, ['dir', '--help'], { encoding: 'utf8' }).status === 0;
  const common = ['--no-banner', '--report-format', 'json', '--exit-code', '0', '--report-path'];
  return gitleaksRun((report) => (modern ? ['dir', dir, ...common, report] : ['detect', '--no-git', '--source', dir, ...common, report]));
}

async function measure(dir, generated) {
  const files = listFiles(dir);
  await plainRead(files); // warm the page cache for every contender
  const floor = await plainRead(files);
  const runs = [1, 2].map(() => timeCli(['scan', dir, '--format', 'json', '--quiet']));
  const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
  const report = best.code <= 1 ? JSON.parse(best.stdout) : undefined;
  // The generated tree is all scannable text with secrets planted; a given folder may hold files a scan skips.
  if (!report || !report.summary.complete || (generated && (report.summary.bytes !== floor.bytes || report.summary.findings === 0))) {
    throw new Error(`scan did not cover ${dir} (exit ${best.code}): ${best.stderr}`);
  }
  const gl = await gitleaks(dir);
  const floorRate = mbps(floor.bytes, floor.ms);
  const scanRate = mbps(floor.bytes, best.ms);
  const ratio = scanRate / floorRate;
  console.log(`worktree ${generated ? '(generated)' : dir}: ${files.length} files, ${(floor.bytes / 1e6).toFixed(1)} MB`);
  console.log(`  plain read (floor):  ${floorRate.toFixed(0)} MB/s`);
  console.log(`  tokenguard scan:     ${scanRate.toFixed(0)} MB/s  (${best.ms.toFixed(0)} ms incl. start-up), ${report.summary.findings} findings`);
  console.log(`  ratio: ${ratio.toFixed(2)} of plain read (target >= 0.33) ${ratio >= 1 / 3 ? 'PASS' : 'FAIL'}`);
  if (gl)
    console.log(`  gitleaks dir: ${(gl.ms / 1000).toFixed(2)} s, ${gl.findings} findings, peak RSS ${gl.rssMiB.toFixed(0)} MiB; tokenguard takes ${(best.ms / gl.ms).toFixed(2)}x gitleaks' wall time`);
  else console.log('  gitleaks: not measured (set GITLEAKS=/path/to/gitleaks, see bench/get-gitleaks.sh)');
  return { floorRate, scanRate, ratio, gitleaksMs: gl?.ms };
}

async function main(argv = process.argv.slice(2)) {
  const given = [];
  for (let i = 0; i < argv.length; i++) if (argv[i] === '--dir' && argv[i + 1]) given.push(argv[++i]);
  if (given.length > 0) {
    let last;
    for (const dir of given) last = await measure(dir, false);
    return last;
  }
  generate();
  const generated = await measure(DIR, true);
  await measure(await railsTree(), false);
  return generated;
}

/**
 * A working tree of real code the size of rails' (39 MB): the rails-shaped edit history's HEAD (3,400
 * files of this project's node_modules, 27.9 MB), exported once. The generated tree above joins files
 * end to end, long minified bundles among them, which no real checkout looks like.
 */
async function railsTree() {
  const dir = join(ROOT, '.bench', 'worktree-rails');
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return dir;
  const history = require('./edit-history');
  await history.build(history.SHAPES.rails);
  const repo = history.SHAPES.rails.repo;
  mkdirSync(dir, { recursive: true });
  const tar = join(dir, '.head.tar');
  for (const [cmd, args, cwd] of [
    ['git', ['archive', '-o', tar, 'HEAD'], repo],
    ['tar', ['-xf', tar], dir],
  ]) {
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr || r.error}`);
  }
  rmSync(tar);
  writeFileSync(marker, '');
  return dir;
}

module.exports = { main };
if (require.main === module)
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
