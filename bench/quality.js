'use strict';
// `npm run bench:quality`: recall, precision and false-positive rate on a labelled corpus generated at
// run time (positives for every rule in 14 syntaxes, generic credentials, and hard negatives).
// Targets: recall >= 97%, at most 1% of negative files flagged. TG_QUALITY_SEED varies the draw.
const { accessSync, constants, mkdirSync, mkdtempSync, writeFileSync, rmSync, statfsSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { dirname, join } = require('node:path');
const { Prng } = require('../dist/rules/fake.js');
const { builtinRuleFiles, rulesOf } = require('../dist/rules/load.js');
const { rulePositives, pathPositives, genericPositives } = require('./quality/corpus');
const { negatives } = require('./quality/negatives');
const { SYNTAXES, wrap } = require('./quality/syntaxes');
const { timeCli } = require('./lib');

const SEED = process.env.TG_QUALITY_SEED || 'q1';

const TMPFS_MAGIC = 0x01021994;

/**
 * Where the corpus is written: a RAM disk (/dev/shm) when there is one with room to spare, else the
 * temp folder. Five thousand small files a seed are quick to write and remove in memory; on some disks
 * (ext4 with online discard) removing them took longer than the scan.
 */
function scratchRoot() {
  try {
    const shm = statfsSync('/dev/shm');
    accessSync('/dev/shm', constants.W_OK);
    if (shm.type === TMPFS_MAGIC && shm.bavail * shm.bsize >= 1024 ** 3) return '/dev/shm';
  } catch {
    // no /dev/shm: the temp folder it is
  }
  return tmpdir();
}

/**
 * Writes each entry as a file of its own under `pos/N/` or `neg/N/`: the first folder N that has no file
 * of that name yet (a folder per file made ten thousand folders, and removing them was the slowest
 * part of a run).
 */
function materialise(dir, entries, seed, prefix) {
  const r = new Prng(`${seed}-layout`);
  const rand = () => r.next();
  const used = new Map();
  entries.forEach((e) => {
    const kind = e.label ? 'pos' : 'neg';
    const name = e.path ?? SYNTAXES[e.syntax].name ?? `config${SYNTAXES[e.syntax].ext}`;
    const key = `${kind}/${name}`;
    const slot = used.get(key) ?? 0;
    used.set(key, slot + 1);
    const rel = `${prefix}${kind}/${slot}/${name}`;
    e.file = rel;
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), e.content ?? wrap(e.syntax, e.lines, rand));
  });
}

function detected(label, findings) {
  return findings.some((f) => f.secret === label.secret || (f.secret.length >= 16 && (label.secret.includes(f.secret) || f.secret.includes(label.secret))));
}

/** The labelled corpus of one seed: positives for every rule and generic credentials, and hard negatives. */
function corpusOf(rules, seed) {
  const positives = [];
  const push = (e) => positives.push(e);
  rulePositives(rules, seed, push);
  pathPositives(rules, seed, push);
  genericPositives(seed, push);
  const negs = negatives(rules, seed).map((n) => ({ ...n, label: undefined }));
  return { seed, positives, negs };
}

/** Recall, precision and false-positive rate of one seed's corpus, from the scan's findings by file. */
function score({ seed, positives, negs }, byFile) {
  const fam = new Map();
  const famOf = (k) => fam.get(k) ?? (fam.set(k, { pos: 0, hit: 0, tp: 0, fp: 0 }), fam.get(k));
  let tp = 0,
    fp = 0,
    hit = 0,
    keyedPos = 0,
    keyedHit = 0;
  const misses = [];
  const falseFound = [];
  for (const e of positives) {
    const found = byFile.get(e.file) ?? [];
    const s = famOf(e.label.family);
    s.pos++;
    const ok = detected(e.label, found);
    if (ok) {
      hit++;
      s.hit++;
    } else misses.push(`${e.label.ruleId} (${e.label.variant}) ${e.file}`);
    if (e.label.variant === 'keyed') {
      keyedPos++;
      if (ok) keyedHit++;
    }
    for (const f of found) {
      if (detected(e.label, [f])) {
        tp++;
        s.tp++;
      } else {
        fp++;
        s.fp++;
        falseFound.push(`${f.ruleId} ${e.file}:${f.line} ${JSON.stringify(f.secret)} (labelled ${e.label.ruleId})`);
      }
    }
  }
  let flagged = 0;
  const negByCat = new Map();
  const fpLines = [];
  for (const e of negs) {
    const found = byFile.get(e.file) ?? [];
    const c = negByCat.get(e.negative) ?? { files: 0, flagged: 0 };
    c.files++;
    if (found.length > 0) {
      flagged++;
      c.flagged++;
      fp += found.length;
      fpLines.push(`${e.negative}: ${found.map((f) => f.ruleId).join(',')} ${e.file}`);
    }
    negByCat.set(e.negative, c);
  }
  const recall = hit / positives.length;
  const precision = tp / Math.max(1, tp + fp);
  const fpRate = flagged / negs.length;
  return { seed, recall, precision, fpRate, positives: positives.length, negatives: negs.length, hit, tp, fp, flagged, keyedPos, keyedHit, fam, negByCat, misses, fpLines, falseFound };
}

/**
 * Draws the corpus of each seed, scans them all in one run of the CLI (each seed in a folder of its own,
 * so a rule's patterns compile once for all of them) and scores each seed on its own. `threads` is
 * passed on as --threads (default: the CLI's, one worker per core). `hashKey` sets TOKENGUARD_HASH_KEY for the
 * scan: identities become HMACs instead of scrypt for the corpus' weak secrets (thousands of them, about half
 * the scan's CPU time), which changes no finding; the benchmark leaves it unset and times what users run.
 */
function evaluate(seeds, { threads, hashKey } = {}) {
  const rules = rulesOf(builtinRuleFiles());
  const dir = mkdtempSync(join(scratchRoot(), 'tg-quality-'));
  const corpora = seeds.map((seed, i) => {
    const c = corpusOf(rules, seed);
    materialise(dir, [...c.positives, ...c.negs], seed, seeds.length > 1 ? `${i}/` : '');
    return c;
  });
  // A regression test of every rule's matching: public-by-design identifiers (info) included.
  const run = timeCli(['scan', dir, '--format', 'json', '--show-secrets', '--quiet', '--min-severity', 'info', ...(threads === undefined ? [] : ['--threads', String(threads)])], {
    env: hashKey === undefined ? process.env : { ...process.env, TOKENGUARD_HASH_KEY: hashKey },
  });
  const report = JSON.parse(run.stdout);
  const byFile = new Map();
  for (const f of report.findings) byFile.set(f.path, [...(byFile.get(f.path) ?? []), f]);
  if (process.env.TG_QUALITY_KEEP) console.log(`  corpus kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  return corpora.map((c) => ({ ...score(c, byFile), rules: rules.length, ms: run.ms }));
}

function print(r) {
  console.log(
    `quality corpus (seed ${r.seed}): ${r.positives} positives for ${r.rules} rules in ${Object.keys(SYNTAXES).length} syntaxes, ${r.negatives} hard negatives; scanned in ${r.ms.toFixed(0)} ms`,
  );
  console.log(`  recall:    ${(100 * r.recall).toFixed(1)}% (${r.hit}/${r.positives}) (target >= 97%) ${r.recall >= 0.97 ? 'PASS' : 'FAIL'}`);
  console.log(`    of which keyed assignments with a guessed variable name: ${((100 * r.keyedHit) / r.keyedPos).toFixed(1)}% (${r.keyedHit}/${r.keyedPos})`);
  console.log(`  precision: ${(100 * r.precision).toFixed(1)}% (${r.tp} true, ${r.fp} false findings)`);
  console.log(`  negative files flagged: ${(100 * r.fpRate).toFixed(2)}% (${r.flagged}/${r.negatives}) (target <= 1%) ${r.fpRate <= 0.01 ? 'PASS' : 'FAIL'}`);
  console.log('  negatives by kind: ' + [...r.negByCat].map(([k, v]) => `${k} ${v.flagged}/${v.files}`).join(', '));
  const weak = [...r.fam].filter(([, s]) => s.hit < s.pos || s.fp > 0).sort((a, b) => a[1].hit / a[1].pos - b[1].hit / b[1].pos);
  console.log(`  families: ${r.fam.size}; below 100% recall or with false findings: ${weak.length}`);
  for (const [k, s] of weak.slice(0, 40)) console.log(`    ${k.padEnd(22)} recall ${((100 * s.hit) / s.pos).toFixed(0).padStart(3)}% (${s.hit}/${s.pos})  false findings ${s.fp}`);
  if (process.env.TG_QUALITY_VERBOSE) {
    console.log(r.misses.join('\n'));
    console.log(r.fpLines.join('\n'));
    console.log(r.falseFound.join('\n'));
  }
}

function main() {
  const [r] = evaluate([SEED]);
  print(r);
  return { recall: r.recall, precision: r.precision, fpRate: r.fpRate };
}

module.exports = { main, evaluate };
if (require.main === module) main();
