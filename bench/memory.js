'use strict';
// Peak memory (issue #6, "bounded memory"): tokenguard's peak RSS must stay under 500 MiB on
//  - a 1 GiB file, skipped by size (default) and streamed to its end with --max-file-size 2GB;
//  - a history of >= 2 GB of blobs (TG_BENCH_MEM_BYTES), built once under .bench/ with git fast-import.
// Peak RSS is the kernel's VmHWM of the node process (all threads), sampled by lib.runWithPeak;
// the largest git child is reported separately.
const { spawn, spawnSync } = require('node:child_process');
const { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { ROOT, BIN, rng, realBlob, runWithPeak } = require('./lib');

const LIMIT_MIB = 500;
const REPO = join(ROOT, '.bench', process.env.TG_BENCH_MEM_REPO || 'history-2g');
const TARGET_BYTES = Number(process.env.TG_BENCH_MEM_BYTES || 2.1e9);
const COMMITS = Number(process.env.TG_BENCH_MEM_COMMITS || 10_000);

/** A sparse 1 GiB file with text at the start and a planted secret on its last line. */
function sparseFile(dir) {
  const { fakeSecret, Prng } = require('../dist/rules/fake.js');
  const { builtinRuleFiles, rulesOf } = require('../dist/rules/load.js');
  const rule = rulesOf(builtinRuleFiles()).find((d) => d.id === 'github.pat-classic');
  const fd = openSync(join(dir, 'huge.log'), 'w');
  writeSync(fd, 'const value = compute(input, options);\n'.repeat(26000));
  const tail = Buffer.from(`\nT=${fakeSecret(rule, new Prng('bench-memory'))}\n`);
  writeSync(fd, tail, 0, tail.length, (1 << 30) - tail.length);
  closeSync(fd);
}

/** Streams a fast-import script: big blobs (up to 16 MB) among ordinary ones, until TARGET_BYTES. */
async function buildHistory() {
  if (existsSync(join(REPO, '.complete'))) return;
  rmSync(REPO, { recursive: true, force: true });
  mkdirSync(REPO, { recursive: true });
  spawnSync('git', ['init', '-q', '-b', 'main', REPO]);
  const fi = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: REPO, stdio: ['pipe', 'inherit', 'inherit'] });
  const write = (s) => (fi.stdin.write(s) ? Promise.resolve() : new Promise((r) => fi.stdin.once('drain', r)));
  const r = rng(11);
  const perCommit = TARGET_BYTES / COMMITS;
  for (let c = 1; c <= COMMITS; c++) {
    let ops = '';
    let budget = perCommit;
    while (budget > 0) {
      const size = c % 100 === 0 && budget === perCommit ? 4e6 + Math.floor(r() * 12e6) : 2000 + Math.floor(r() * perCommit);
      const text = realBlob(r, size);
      ops += `M 100644 inline src/d${c % 53}/f${Math.floor(r() * 3000)}.txt\ndata ${Buffer.byteLength(text)}\n${text}\n`;
      budget -= Buffer.byteLength(text);
    }
    await write(`commit refs/heads/main\ncommitter Bench <bench@example.com> ${1.6e9 + c * 600} +0000\ndata 1\nc\n${ops}`);
  }
  await write('done\n');
  fi.stdin.end();
  await new Promise((resolve, reject) => fi.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fast-import exited ${code}`)))));
  writeFileSync(join(REPO, '.git', 'info', 'exclude'), '.complete\n');
  writeFileSync(join(REPO, '.complete'), '');
}

function line(name, run, extra = '') {
  const ok = run.selfMiB < LIMIT_MIB;
  console.log(
    `  ${name}: peak RSS ${run.selfMiB.toFixed(0)} MiB (target < ${LIMIT_MIB}) ${ok ? 'PASS' : 'FAIL'}; git child ${run.childMiB.toFixed(0)} MiB; ${(run.ms / 1000).toFixed(1)} s, exit ${run.code}${extra}`,
  );
  return ok;
}

async function main() {
  console.log('memory:');
  const dir = mkdtempSync(join(tmpdir(), 'tg-bench-mem-'));
  sparseFile(dir);
  const skipped = await runWithPeak(process.execPath, [BIN, 'scan', dir, '--format', 'json', '--quiet']);
  const streamed = await runWithPeak(process.execPath, [BIN, 'scan', dir, '--format', 'json', '--quiet', '--max-file-size', '2GB']);
  rmSync(dir, { recursive: true, force: true });
  await buildHistory();
  const history = await runWithPeak(process.execPath, [BIN, 'scan', REPO, '--history', '--format', 'json', '--quiet', '--max-file-size', '20MB']);
  const bytes = history.code <= 1 ? JSON.parse(history.stdout).summary.bytes : 0;
  const ok = [
    line('1 GiB file, default (skipped by size)', skipped),
    line('1 GiB file, --max-file-size 2GB (streamed)', streamed, streamed.code === 1 ? ', last-line secret found' : ' (secret at the end NOT found)'),
    line(`history, ${(bytes / 1e9).toFixed(2)} GB of blobs`, history),
  ].every(Boolean);
  if (!ok || streamed.code !== 1 || history.code > 1) throw new Error('memory targets not met');
}

module.exports = { main };
if (require.main === module)
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
