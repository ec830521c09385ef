'use strict';
// History throughput: a synthetic repository of >= 1 GB of blobs over >= 20,000 commits, with large
// files and secrets planted in files that are later deleted. In the same run it times the floor,
// `git cat-file --batch-all-objects --batch > /dev/null`, and `tokenguard scan --history`.
// Target: at least 40% of the floor's throughput on 2 cores; peak RSS under 500 MiB.
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, writeFileSync, openSync, closeSync } = require('node:fs');
const { join } = require('node:path');
const { ROOT, BIN, rng, realBlob, now, runWithPeak, mbps } = require('./lib');

const REPO = join(ROOT, '.bench', 'history-real');
const COMMITS = Number(process.env.TG_BENCH_COMMITS || 20_000);
const TARGET_BYTES = Number(process.env.TG_BENCH_BYTES || 1.05e9);

function fakeTokens() {
  const { fakeSecret, Prng } = require('../dist/rules/fake.js');
  const { builtinRuleFiles, rulesOf } = require('../dist/rules/load.js');
  const rules = rulesOf(builtinRuleFiles()).filter((d) => !d.path && !d.generic);
  return (i) => {
    const rule = rules[i % rules.length];
    return fakeSecret(rule, new Prng(`history-bench-${i}`));
  };
}

/** Streams a fast-import script into git: no per-commit process, so 20k commits take seconds. */
async function build() {
  if (existsSync(join(REPO, '.complete'))) return;
  mkdirSync(REPO, { recursive: true });
  spawnSync('git', ['init', '-q', '-b', 'main', REPO]);
  const fi = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: REPO, stdio: ['pipe', 'inherit', 'inherit'] });
  const write = (s) => (fi.stdin.write(s) ? Promise.resolve() : new Promise((r) => fi.stdin.once('drain', r)));
  const r = rng(7);
  const token = fakeTokens();
  const perCommit = TARGET_BYTES / COMMITS;
  const paths = Array.from({ length: 4000 }, (_, i) => `src/mod${i % 97}/file${i}.${['ts', 'js', 'py', 'yaml', 'json', 'md', 'go'][i % 7]}`);
  const planted = [];
  let bytes = 0;
  for (let c = 1; c <= COMMITS; c++) {
    let ops = '';
    let budget = perCommit;
    if (c % 250 === 0) {
      const big = realBlob(r, 1.5e6 + Math.floor(r() * 3e6));
      ops += `M 100644 inline assets/big${c % 7}.log\ndata ${Buffer.byteLength(big)}\n${big}\n`;
      budget -= Buffer.byteLength(big);
      bytes += Buffer.byteLength(big);
    }
    while (budget > 0) {
      const text = `// commit ${c}\n${realBlob(r, 2000 + Math.floor(r() * Math.min(40000, budget * 2)))}`;
      const len = Buffer.byteLength(text);
      ops += `M 100644 inline ${paths[Math.floor(r() * paths.length)]}\ndata ${len}\n${text}\n`;
      budget -= len;
      bytes += len;
    }
    if (c % 400 === 0) {
      const leak = `# temporary\nAPI_TOKEN=${token(c)}\n`;
      ops += `M 100644 inline secrets/leak${c}.env\ndata ${Buffer.byteLength(leak)}\n${leak}\n`;
      planted.push(c);
    }
    if (c % 400 === 5 && c > 400) ops += `D secrets/leak${c - 5}.env\n`;
    const msg = `commit ${c}`;
    await write(`commit refs/heads/main\ncommitter Bench <bench@example.com> ${1.6e9 + c * 600} +0000\ndata ${msg.length}\n${msg}\n${ops}`);
  }
  await write('done\n');
  fi.stdin.end();
  await new Promise((resolve, reject) => fi.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fast-import exited ${code}`)))));
  spawnSync('git', ['checkout', '-q', '-f', 'main'], { cwd: REPO });
  writeFileSync(join(REPO, '.git', 'info', 'exclude'), '.complete\n');
  writeFileSync(join(REPO, '.complete'), JSON.stringify({ commits: COMMITS, bytes, planted: planted.length }));
}

function blobBytes() {
  const r = spawnSync('git', ['cat-file', '--batch-all-objects', '--batch-check=%(objecttype) %(objectsize)'], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 30 });
  let bytes = 0;
  let blobs = 0;
  for (const line of r.stdout.split('\n')) {
    const [type, size] = line.split(' ');
    if (type === 'blob') {
      bytes += Number(size);
      blobs++;
    }
  }
  return { bytes, blobs };
}

function floor() {
  const out = openSync('/dev/null', 'w');
  const t = now();
  const r = spawnSync('git', ['cat-file', '--batch-all-objects', '--batch'], { cwd: REPO, stdio: ['ignore', out, 'inherit'] });
  closeSync(out);
  if (r.status !== 0) throw new Error('floor failed');
  return now() - t;
}

async function main() {
  const t0 = now();
  await build();
  const built = now() - t0;
  const { bytes, blobs } = blobBytes();
  const commits = Number(spawnSync('git', ['rev-list', '--count', '--all'], { cwd: REPO, encoding: 'utf8' }).stdout.trim());
  floor(); // warm the page cache for both
  const floorMs = Math.min(floor(), floor());
  const scans = [];
  for (let i = 0; i < 2; i++) scans.push(await runWithPeak(process.execPath, [BIN, 'scan', REPO, '--history', '--format', 'json', '--quiet']));
  const scan = scans.reduce((a, b) => (a.ms < b.ms ? a : b));
  const report = scan.code === 1 ? JSON.parse(scan.stdout) : undefined;
  if (!report || !report.summary.complete) throw new Error(`history scan failed (exit ${scan.code}): ${scan.stderr.slice(0, 500)}`);
  const planted = report.findings.filter((f) => f.path.startsWith('secrets/leak')).length;
  const floorRate = mbps(bytes, floorMs);
  const scanRate = mbps(bytes, scan.ms);
  const ratio = scanRate / floorRate;
  const rssMiB = Math.max(...scans.map((s) => s.selfMiB));
  const gitMiB = Math.max(...scans.map((s) => s.childMiB));
  console.log(`history: ${commits} commits, ${blobs} unique blobs, ${(bytes / 1e6).toFixed(0)} MB of blobs${built > 1000 ? ` (built in ${(built / 1000).toFixed(0)} s)` : ''}`);
  console.log(`  git cat-file --batch-all-objects --batch (floor): ${floorRate.toFixed(0)} MB/s (${floorMs.toFixed(0)} ms)`);
  console.log(`  tokenguard scan --history:                        ${scanRate.toFixed(0)} MB/s (${scan.ms.toFixed(0)} ms), ${report.summary.files} blobs scanned, ${report.summary.skipped} skipped`);
  console.log(`  ratio: ${ratio.toFixed(2)} of the floor (target >= 0.40) ${ratio >= 0.4 ? 'PASS' : 'FAIL'}`);
  console.log(`  peak RSS of tokenguard (main + worker threads): ${rssMiB.toFixed(0)} MiB (target < 500) ${rssMiB < 500 ? 'PASS' : 'FAIL'}`);
  console.log(`  peak RSS of its largest git child: ${gitMiB.toFixed(0)} MiB (mostly the mapped pack, capped by core.packedGitLimit)`);
  console.log(`  planted secrets in deleted files found: ${planted} of ${COMMITS / 400 | 0}`);
  return { floorRate, scanRate, ratio, rssMiB, gitMiB };
}

module.exports = { main, REPO };
if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
