'use strict';
// Adversarial inputs against linear-time matching: near-miss prefixes, one huge line, deeply nested
// base64, many tiny files, a file dense with real matches and a huge sparse file. Each scan is timed
// against a plain read of the same bytes (the floor) measured in the same run, and must stay under
// LIMIT (a multiple of the read plus a constant for start-up); overlaps among 200,000 candidates must
// settle within OVERLAP_LIMIT_MS. The jest test (test/hardening/eng-bounded-time.test.ts) uses the same
// generators at a smaller scale and checks only how time grows (n against 4n), never a wall-clock limit.
const { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');
const { rng } = require('./lib');

const BIN = join(__dirname, '..', 'bin', 'tokenguard.js');
const FULL = { nearMissMB: 50, longLineMB: 20, nestLevels: 30, tinyFiles: 100_000, denseLines: 40_000 };
/** Two noisy cores: the multiple is generous, the constant covers process start-up and rule loading. */
const LIMIT = { multiple: 60, constantMs: 8000 };
const OVERLAP_LIMIT_MS = 4000;
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

/** `lines` generic password assignments, each a real finding. */
function denseAssignments(lines) {
  return Array.from({ length: lines }, (_, i) => `password=Zq${(i * 7919).toString(36)}x${(i * 104729).toString(36)}Q7\n`).join('');
}

/** Writes `count` one-line files of near misses under `dir`, 1,000 to a folder. */
function tinyFiles(dir, count) {
  const r = rng(3);
  for (let d = 0; d * 1000 < count; d++) {
    mkdirSync(join(dir, `d${d}`), { recursive: true });
    for (let f = d * 1000; f < Math.min(count, (d + 1) * 1000); f++) writeFileSync(join(dir, `d${d}`, `f${f}.txt`), nearMiss(r) + '\n');
  }
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
  tinyFiles(tiny, scale.tinyFiles);
  add(`${scale.tinyFiles} tiny files`, tiny, []);
  writeFileSync(join(root, 'dense.env'), denseAssignments(scale.denseLines));
  add(`${scale.denseLines} lines dense with real matches`, join(root, 'dense.env'), ['--threads', '0']);
  // Keyed identities: without a key each distinct weak secret's identity is a scrypt hash (about 2 ms on
  // these 2 cores, by design: README, Secret identities), and 40,000 of them would time scrypt, not the engine.
  cases[cases.length - 1].env = { TOKENGUARD_HASH_KEY: 'adversarial-bench-key-0123456789' };
  const sparse = join(root, 'sparse');
  mkdirSync(sparse);
  spawnSync('truncate', ['-s', '5G', join(sparse, 'huge.bin')]);
  writeFileSync(join(sparse, 'small.txt'), 'hello\n');
  // Skipped by size, so a plain read of it is no floor: the limit is the constant alone.
  cases.push({ name: 'a 5 GB sparse file, skipped by size', path: join(sparse, 'small.txt'), args: ['scan', sparse, '--format', 'json'] });
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
  const r = spawnSync(process.execPath, [BIN, ...c.args], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...c.env } });
  const scanMs = Number(process.hrtime.bigint() - t) / 1e6;
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    report = undefined;
  }
  return { name: c.name, plainMs, scanMs, code: r.status, report, stderr: r.stderr };
}

/** Milliseconds to settle overlaps among `n` candidates, half of them generic (needs the build in dist/). */
function timeOverlaps(n) {
  const { resolveOverlaps } = require('../dist/engine/detect');
  const rule = (generic) => ({ def: { generic, priority: undefined } });
  const candidates = Array.from({ length: n }, (_, i) => ({ start: i * 10, end: i * 10 + 8, secret: 'x', rule: rule(i % 2 === 0) }));
  candidates.push({ start: 5, end: 25, secret: 'y', rule: rule(false) });
  const t = process.hrtime.bigint();
  const kept = resolveOverlaps(candidates);
  if (kept.length !== n - 1) throw new Error(`overlaps: kept ${kept.length} of ${n + 1}, expected ${n - 1}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

async function main() {
  console.log('adversarial inputs (scan time vs a plain read of the same files; start-up included)');
  const { root, cases } = makeCases(FULL);
  try {
    const over = [];
    for (const c of cases) {
      const t = timeCase(c);
      const ratio = (t.scanMs / Math.max(t.plainMs, 1)).toFixed(1);
      const limitMs = LIMIT.multiple * t.plainMs + LIMIT.constantMs;
      console.log(`  ${t.name.padEnd(48)} read ${t.plainMs.toFixed(0).padStart(6)} ms  scan ${t.scanMs.toFixed(0).padStart(6)} ms  ${ratio.padStart(6)}x  exit ${t.code}`);
      if (t.code === 2) throw new Error(`${t.name}: scan failed: ${t.stderr}`);
      if (t.scanMs > limitMs) over.push(`${t.name}: ${t.scanMs.toFixed(0)} ms, over the limit of ${limitMs.toFixed(0)} ms`);
    }
    const overlapMs = timeOverlaps(200_000);
    console.log(`  ${'overlaps among 200,000 candidates'.padEnd(48)} ${overlapMs.toFixed(0).padStart(6)} ms`);
    if (overlapMs > OVERLAP_LIMIT_MS) over.push(`overlaps: ${overlapMs.toFixed(0)} ms, over the limit of ${OVERLAP_LIMIT_MS} ms`);
    if (over.length > 0) throw new Error(`over the time limits:\n  ${over.join('\n  ')}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

module.exports = { main, makeCases, timeCase, timeOverlaps, nearMissText, nestedBase64, denseAssignments, tinyFiles, FULL };

if (require.main === module)
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
