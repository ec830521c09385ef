'use strict';
// The pre-commit path: `tokenguard scan --staged` on a typical commit (10 changed files) in a
// repository of 100,000 files. Target: under 200 ms wall time. Node's own start-up (`node -e 0`) is
// measured in the same run for scale. Then the husky hook on a clean commit (bench/hook.js).
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { ROOT, BIN, rng, textBlob, realBlob, now } = require('./lib');

const REPO = join(ROOT, '.bench', 'staged-repo');
const FILES = 100_000;

async function build() {
  if (existsSync(join(REPO, '.complete'))) return;
  mkdirSync(REPO, { recursive: true });
  spawnSync('git', ['init', '-q', '-b', 'main', REPO]);
  const fi = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: REPO, stdio: ['pipe', 'inherit', 'inherit'] });
  const write = (s) => (fi.stdin.write(s) ? Promise.resolve() : new Promise((r) => fi.stdin.once('drain', r)));
  const r = rng(11);
  await write('commit refs/heads/main\ncommitter Bench <bench@example.com> 1600000000 +0000\ndata 4\ninit\n');
  for (let i = 0; i < FILES; i++) {
    const text = textBlob(r, 300 + Math.floor(r() * 1500));
    await write(`M 100644 inline pkg${i % 250}/dir${i % 13}/file${i}.ts\ndata ${Buffer.byteLength(text)}\n${text}\n`);
  }
  await write('done\n');
  fi.stdin.end();
  await new Promise((resolve) => fi.on('close', resolve));
  spawnSync('git', ['checkout', '-q', '-f', 'main'], { cwd: REPO });
  writeFileSync(join(REPO, '.git', 'info', 'exclude'), '.complete\n');
  writeFileSync(join(REPO, '.complete'), '');
}

/** Stages a typical commit: 10 edited files, one of them with a planted (fake) secret. */
function stageCommit() {
  const { fakeSecret, Prng } = require('../dist/rules/fake.js');
  const { builtinRuleFiles, rulesOf } = require('../dist/rules/load.js');
  const rule = rulesOf(builtinRuleFiles()).find((d) => d.id === 'github.pat-classic');
  const r = rng(5);
  const changed = [];
  for (let k = 0; k < 10; k++) {
    const i = Math.floor(r() * FILES);
    const file = `pkg${i % 250}/dir${i % 13}/file${i}.ts`;
    const extra = k === 0 ? `\nconst token = "${fakeSecret(rule, new Prng('staged-bench'))}";\n` : '';
    writeFileSync(join(REPO, file), realBlob(r, 4000) + extra);
    changed.push(file);
  }
  spawnSync('git', ['add', '--', ...changed], { cwd: REPO });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeRuns(cmd, args, n) {
  const times = [];
  let last;
  for (let i = 0; i < n; i++) {
    const t = now();
    last = spawnSync(cmd, args, { cwd: REPO, encoding: 'utf8' });
    times.push(now() - t);
  }
  return { median: median(times), p90: [...times].sort((a, b) => a - b)[Math.floor(n * 0.9)], last };
}

async function main() {
  await build();
  stageCommit();
  const nodeFloor = timeRuns(process.execPath, ['-e', '0'], 15);
  const scan = timeRuns(process.execPath, [BIN, 'scan', '--staged', '--quiet'], 15);
  if (scan.last.status !== 1) throw new Error(`expected the planted secret to block (exit 1), got ${scan.last.status}: ${scan.last.stderr}`);
  console.log(`pre-commit: tokenguard scan --staged, 10 staged files in a ${FILES.toLocaleString('en')}-file repository`);
  console.log(`  node start-up alone (node -e 0): median ${nodeFloor.median.toFixed(0)} ms`);
  console.log(`  tokenguard scan --staged:        median ${scan.median.toFixed(0)} ms, p90 ${scan.p90.toFixed(0)} ms (target < 200 ms) ${scan.median < 200 ? 'PASS' : 'FAIL'}`);
  console.log('');
  const hook = await require('./hook').main();
  return { medianMs: scan.median, nodeMs: nodeFloor.median, hook };
}

module.exports = { main };
if (require.main === module)
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
