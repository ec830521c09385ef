'use strict';
// Adversarial inputs against linear-time matching: near-miss prefixes, one huge line, deeply nested
// base64, many tiny files and a huge sparse file. Each scan is timed against a plain read of the same
// bytes (the floor) measured in the same run. The jest test (test/hardening/eng-bounded-time.test.ts)
// uses the same generators at a smaller scale; `npm run bench` runs the full sizes.
const { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');
const { rng } = require('./lib');

const BIN = join(__dirname, '..', 'bin', 'tokenguard.js');
const FULL = { nearMissMB: 50, longLineMB: 20, nestLevels: 30, tinyFiles: 100_000 };
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Pieces that start like a secret and then fall short: each makes a rule's regex run and fail. */
function nearMiss(r) {
  const tail = (n) => Array.from({ length: n }, () => ALNUM[Math.floor(r() * ALNUM.length)]).join('');
  const k = Math.floor(r() * 6);
  if (k === 0) return `ghp_${tail(1 + Math.floor(r() * 30))} `;
  if (k === 1) return `${'AKIA'.repeat(1 + Math.floor(r() * 8))} `;
  if (k === 2) return `sk_live_${tail(1 + Math.floor(r() * 20))};`;
  if (k === 3) return 'password=; '.repeat(1 + Math.floor(r() * 4));
  if (k === 4) return `xoxb-${tail(4)} `;
  return `eyJ${tail(8)}.`;
}

/** About `bytes` of near misses, in lines of about 120 bytes (or one line when `oneLine`). */
function nearMissText(bytes, seed, oneLine = false) {
  const r = rng(seed);
  const parts = [];
  let size = 0;
  let lineLen = 0;
  while (size < bytes) {
    const p = nearMiss(r);
    parts.push(p);
    size += p.length;
    lineLen += p.length;
    if (!oneLine && lineLen > 120) {
      parts.push('\n');
      size++;
      lineLen = 0;
    }
  }
  return parts.join('');
}

/** A password assignment base64-encoded `levels` times over. */
function nestedBase64(levels) {
  let s = 'password = "Zq8#pLm2vX9!rT4w"\n'; // tokenguard:allow (made-up bench input)
  for (let i = 0; i < levels; i++) s = `data: ${Buffer.from(s).toString('base64')}\n`;
  return s;
}

/** Writes every input under a fresh folder; returns the cases to time. */
function makeCases(scale, root = mkdtempSync(join(tmpdir(), 'tg-adversarial-'))) {
  const big = ['--max-file-size', '1GB', '--threads', '0'];
  const cases = [];
  const add = (name, path, args) => cases.push({ name, path, args: ['scan', path, '--format', 'json', ...args] });
  writeFileSync(join(root, 'near-miss.txt'), nearMissText(scale.nearMissMB * 1e6, 1));
  add(`${scale.nearMissMB} MB of near-miss prefixes`, join(root, 'near-miss.txt'), big);
  writeFileSync(join(root, 'long-line.txt'), nearMissText(scale.longLineMB * 1e6, 2, true));
  add(`one ${scale.longLineMB} MB line`, join(root, 'long-line.txt'), big);
  writeFileSync(join(root, 'nested.yaml'), nestedBase64(scale.nestLevels));
  add(`base64 nested ${scale.nestLevels} levels, --decode-depth ${scale.nestLevels}`, join(root, 'nested.yaml'), ['--decode-depth', String(scale.nestLevels)]);
  const tiny = join(root, 'tiny');
  const r = rng(3);
  for (let d = 0; d * 1000 < scale.tinyFiles; d++) {
    mkdirSync(join(tiny, `d${d}`), { recursive: true });
    for (let f = d * 1000; f < Math.min(scale.tinyFiles, (d + 1) * 1000); f++) writeFileSync(join(tiny, `d${d}`, `f${f}.txt`), nearMiss(r) + '\n');
  }
  add(`${scale.tinyFiles} tiny files`, tiny, []);
  return { root, cases };
}

/** Every regular file under `path` (or the file itself). */
function filesOf(path) {
  try {
    return readdirSync(path, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesOf(join(path, d.name)) : [join(path, d.name)]));
  } catch {
    return [path];
  }
}

/** Milliseconds to read every file once: what any scanner must at least spend. */
function plainReadMs(path) {
  const t = process.hrtime.bigint();
  for (const f of filesOf(path)) readFileSync(f);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Times one case: plain read, then the scan as a separate process (start-up included). */
function timeCase(c) {
  const plainMs = plainReadMs(c.path);
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...c.args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const scanMs = Number(process.hrtime.bigint() - t) / 1e6;
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    report = undefined;
  }
  return { name: c.name, plainMs, scanMs, code: r.status, report, stderr: r.stderr };
}

async function main() {
  console.log('adversarial inputs (scan time vs a plain read of the same files; start-up included)');
  const { root, cases } = makeCases(FULL);
  try {
    for (const c of cases) {
      const t = timeCase(c);
      const ratio = (t.scanMs / Math.max(t.plainMs, 1)).toFixed(1);
      console.log(`  ${t.name.padEnd(48)} read ${t.plainMs.toFixed(0).padStart(6)} ms  scan ${t.scanMs.toFixed(0).padStart(6)} ms  ${ratio.padStart(6)}x  exit ${t.code}`);
      if (t.code === 2) throw new Error(`${t.name}: scan failed: ${t.stderr}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

module.exports = { main, makeCases, timeCase, nearMissText, nestedBase64, FULL };

if (require.main === module) main().catch((e) => {
  console.error(e);
  process.exit(1);
});
