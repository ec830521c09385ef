'use strict';
// `npm run bench:quality`: recall, precision and false-positive rate on a labelled corpus generated at
// run time (positives for every rule in 14 syntaxes, generic credentials, and hard negatives).
// Targets: recall >= 97%, at most 1% of negative files flagged. TG_QUALITY_SEED varies the draw.
const { mkdirSync, mkdtempSync, writeFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { dirname, join } = require('node:path');
const { Prng } = require('../dist/rules/fake.js');
const { builtinRuleFiles, rulesOf } = require('../dist/rules/load.js');
const { rulePositives, pathPositives, genericPositives } = require('./quality/corpus');
const { negatives } = require('./quality/negatives');
const { SYNTAXES, wrap } = require('./quality/syntaxes');
const { timeCli } = require('./lib');

const SEED = process.env.TG_QUALITY_SEED || 'q1';

function materialise(dir, entries) {
  const r = new Prng(`${SEED}-layout`);
  const rand = () => r.next();
  entries.forEach((e, i) => {
    const rel = e.path ? `${e.label ? 'pos' : 'neg'}/${i}/${e.path}` : `${e.label ? 'pos' : 'neg'}/${i}/${SYNTAXES[e.syntax].name ?? `config${SYNTAXES[e.syntax].ext}`}`;
    e.file = rel;
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), e.content ?? wrap(e.syntax, e.lines, rand));
  });
}

function detected(label, findings) {
  return findings.some((f) => f.secret === label.secret || (f.secret.length >= 16 && (label.secret.includes(f.secret) || f.secret.includes(label.secret))));
}

function main() {
  const rules = rulesOf(builtinRuleFiles());
  const positives = [];
  const push = (e) => positives.push(e);
  rulePositives(rules, SEED, push);
  pathPositives(rules, SEED, push);
  genericPositives(SEED, push);
  const negs = negatives(rules, SEED).map((n) => ({ ...n, label: undefined }));
  const dir = mkdtempSync(join(tmpdir(), 'tg-quality-'));
  materialise(dir, [...positives, ...negs]);
  // A regression test of every rule's matching: public-by-design identifiers (info) included.
  const run = timeCli(['scan', dir, '--format', 'json', '--show-secrets', '--quiet', '--min-severity', 'info']);
  const report = JSON.parse(run.stdout);
  const byFile = new Map();
  for (const f of report.findings) byFile.set(f.path, [...(byFile.get(f.path) ?? []), f]);
  const fam = new Map();
  const famOf = (k) => fam.get(k) ?? (fam.set(k, { pos: 0, hit: 0, tp: 0, fp: 0 }), fam.get(k));
  let tp = 0, fp = 0, hit = 0, keyedPos = 0, keyedHit = 0;
  const misses = [];
  for (const e of positives) {
    const found = byFile.get(e.file) ?? [];
    const s = famOf(e.label.family);
    s.pos++;
    const ok = detected(e.label, found);
    if (ok) { hit++; s.hit++; } else misses.push(`${e.label.ruleId} (${e.label.variant}) ${e.file}`);
    if (e.label.variant === 'keyed') { keyedPos++; if (ok) keyedHit++; }
    for (const f of found) {
      if (detected(e.label, [f])) { tp++; s.tp++; } else { fp++; s.fp++; }
    }
  }
  let flagged = 0;
  const negByCat = new Map();
  const fpLines = [];
  for (const e of negs) {
    const found = byFile.get(e.file) ?? [];
    const c = negByCat.get(e.negative) ?? { files: 0, flagged: 0 };
    c.files++;
    if (found.length > 0) { flagged++; c.flagged++; fp += found.length; fpLines.push(`${e.negative}: ${found.map((f) => f.ruleId).join(',')} ${e.file}`); }
    negByCat.set(e.negative, c);
  }
  if (process.env.TG_QUALITY_KEEP) console.log(`  corpus kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  const recall = hit / positives.length;
  const precision = tp / Math.max(1, tp + fp);
  const fpRate = flagged / negs.length;
  console.log(`quality corpus (seed ${SEED}): ${positives.length} positives for ${rules.length} rules in ${Object.keys(SYNTAXES).length} syntaxes, ${negs.length} hard negatives; scanned in ${run.ms.toFixed(0)} ms`);
  console.log(`  recall:    ${(100 * recall).toFixed(1)}% (${hit}/${positives.length}) (target >= 97%) ${recall >= 0.97 ? 'PASS' : 'FAIL'}`);
  console.log(`    of which keyed assignments with a guessed variable name: ${(100 * keyedHit / keyedPos).toFixed(1)}% (${keyedHit}/${keyedPos})`);
  console.log(`  precision: ${(100 * precision).toFixed(1)}% (${tp} true, ${fp} false findings)`);
  console.log(`  negative files flagged: ${(100 * fpRate).toFixed(2)}% (${flagged}/${negs.length}) (target <= 1%) ${fpRate <= 0.01 ? 'PASS' : 'FAIL'}`);
  console.log('  negatives by kind: ' + [...negByCat].map(([k, v]) => `${k} ${v.flagged}/${v.files}`).join(', '));
  const weak = [...fam].filter(([, s]) => s.hit < s.pos || s.fp > 0).sort((a, b) => a[1].hit / a[1].pos - b[1].hit / b[1].pos);
  console.log(`  families: ${fam.size}; below 100% recall or with false findings: ${weak.length}`);
  for (const [k, s] of weak.slice(0, 40)) console.log(`    ${k.padEnd(22)} recall ${((100 * s.hit) / s.pos).toFixed(0).padStart(3)}% (${s.hit}/${s.pos})  false findings ${s.fp}`);
  if (process.env.TG_QUALITY_VERBOSE) {
    console.log(misses.join('\n'));
    console.log(fpLines.join('\n'));
  }
  return { recall, precision, fpRate };
}

module.exports = { main };
if (require.main === module) main();
