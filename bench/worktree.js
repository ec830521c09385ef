'use strict';
// Working-tree throughput: tokenguard scan of a generated tree (>= 200 MB) against a plain read of the
// same files in the same run. Target: at least 1/3 of the plain-read throughput.
const { mkdirSync, writeFileSync, existsSync, readdirSync } = require('node:fs');
const { readFile } = require('node:fs/promises');
const { join } = require('node:path');
const { ROOT, rng, realBlob, now, timeCli, mbps } = require('./lib');

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

async function main() {
  generate();
  const files = listFiles(DIR);
  await plainRead(files); // warm the page cache for both contenders
  const floor = await plainRead(files);
  const runs = [1, 2].map(() => timeCli(['scan', DIR, '--format', 'json', '--quiet']));
  const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
  const report = best.code === 1 ? JSON.parse(best.stdout) : undefined;
  if (!report || report.summary.bytes !== floor.bytes || report.summary.findings === 0) {
    throw new Error(`scan did not cover the tree (exit ${best.code}): ${best.stderr}`);
  }
  const floorRate = mbps(floor.bytes, floor.ms);
  const scanRate = mbps(floor.bytes, best.ms);
  const ratio = scanRate / floorRate;
  console.log(`worktree: ${files.length} files, ${(floor.bytes / 1e6).toFixed(1)} MB`);
  console.log(`  plain read (floor):  ${floorRate.toFixed(0)} MB/s`);
  console.log(`  tokenguard scan:     ${scanRate.toFixed(0)} MB/s  (${best.ms.toFixed(0)} ms incl. start-up)`);
  console.log(`  ratio: ${ratio.toFixed(2)} of plain read (target >= 0.33) ${ratio >= 1 / 3 ? 'PASS' : 'FAIL'}`);
  return { floorRate, scanRate, ratio };
}

module.exports = { main };
if (require.main === module)
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
