#!/usr/bin/env node
'use strict';
/**
 * Detection quality on the independent, hand-labelled corpus (bench/corpus).
 *
 * Unlike bench/quality.js, whose cases come from the rules' own patterns, this corpus was written
 * from each ecosystem's file formats and each provider's public token documentation. Its files are
 * expanded (markers -> generated tokens) into a temporary directory, the real CLI scans that tree
 * once, and every finding is matched against the labels:
 *   - a secret label is found when some finding's [line, endLine] overlaps the label's lines;
 *   - a finding that overlaps no secret label is a false positive;
 *   - a negative file (no secret at all) is flagged when it has at least one finding.
 *
 *   node bench/quality-independent.js [--misses] [--json[=FILE]] [--split dev|holdout] [--keep]
 *   TOKENGUARD_BIN=/path/to/other/bin.js   scan with another build (a .js file runs under node)
 *   TG_CORPUS_SEED=xyz                     draw a fresh set of token values (labels do not change)
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { loadCorpus } = require('./corpus/corpus');

const ROOT = path.resolve(__dirname, '..');
const SPLITS = ['dev', 'holdout', 'all'];

function parseArgs(argv) {
  const opts = { misses: false, json: null, split: null, keep: false };
  for (const a of argv) {
    if (a === '--misses') opts.misses = true;
    else if (a === '--json') opts.json = '-';
    else if (a.startsWith('--json=')) opts.json = a.slice(7);
    else if (a.startsWith('--split=')) opts.split = a.slice(8);
    else if (a === '--keep') opts.keep = true;
    else if (a === '-h' || a === '--help') opts.help = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

/** write the expanded corpus to a fresh temp dir; files keep their paths (ecosystem/...) */
function materialise(corpus) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-corpus-'));
  for (const f of corpus) {
    const dest = path.join(dir, f.rel);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, f.text);
  }
  return dir;
}

function scan(dir) {
  const bin = process.env.TOKENGUARD_BIN || path.join(ROOT, 'bin', 'tokenguard.js');
  const args = ['scan', dir, '--format', 'json', '--no-color', '--quiet', '--scan-lockfiles', '--max-file-size', '50MB', '--threads', '0'];
  const [cmd, argv] = bin.endsWith('.js') ? [process.execPath, [bin, ...args]] : [bin, args];
  const started = Date.now();
  const res = spawnSync(cmd, argv, { cwd: dir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const ms = Date.now() - started;
  if (res.error) throw res.error;
  if (res.status !== 0 && res.status !== 1 && res.status !== 2) {
    throw new Error(`scanner exited with ${res.status}: ${res.stderr.slice(0, 2000)}`);
  }
  let report;
  try {
    report = JSON.parse(res.stdout);
  } catch {
    throw new Error(`scanner output is not JSON (exit ${res.status}): ${res.stderr.slice(0, 2000)}`);
  }
  const problems = [...(report.problems || []), ...(res.status === 2 ? [{ message: 'exit code 2: error or incomplete scan' }] : [])];
  return { findings: report.findings || [], skipped: report.skipped || [], problems, status: res.status, ms };
}

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');
const ratio = (n, d) => (d ? n / d : null);
const redact = (s) => (typeof s === 'string' && s.length > 8 && !/^\*+$/.test(s) ? `${s.slice(0, 4)}…(${s.length})` : s);

/** match findings to labels: per-label found flags, per-finding TP/FP */
function score(corpus, findings) {
  const byFile = new Map(corpus.map((f) => [f.rel, { file: f, findings: [] }]));
  const stray = [];
  for (const fd of findings) {
    const rel = fd.path.split(path.sep).join('/');
    const entry = byFile.get(rel);
    if (entry) entry.findings.push(fd);
    else stray.push(fd);
  }
  const labels = [];
  const fps = [];
  let tp = 0;
  for (const { file, findings: fs2 } of byFile.values()) {
    const pos = file.labels.filter((l) => l.secret).map((l) => ({ ...l, end: l.endLine || l.line, found: false }));
    for (const fd of fs2) {
      const fEnd = fd.endLine || fd.line;
      const hit = pos.filter((l) => fd.line <= l.end && fEnd >= l.line);
      if (hit.length) {
        tp++;
        hit.forEach((l) => (l.found = true));
      } else {
        const neg = file.labels.find((l) => !l.secret && fd.line <= (l.endLine || l.line) && fEnd >= l.line);
        fps.push({ file, finding: fd, negReason: neg ? neg.reason : null });
      }
    }
    for (const l of pos) labels.push({ file, label: l });
    file.findingCount = fs2.length;
  }
  for (const fd of stray) fps.push({ file: null, finding: fd, negReason: null });
  return { labels, fps, tp };
}

function summarise(corpus, scored, split) {
  const inSplit = (f) => f && (split === 'all' || f.split === split);
  const labels = scored.labels.filter((x) => inSplit(x.file));
  const fps = scored.fps.filter((x) => (x.file ? inSplit(x.file) : split === 'all'));
  const found = labels.filter((x) => x.label.found).length;
  const tpFindings = corpus.filter(inSplit).reduce((n, f) => n + f.findingCount, 0) - fps.filter((x) => x.file).length;
  const negFiles = corpus.filter((f) => inSplit(f) && f.negative);
  const negFlagged = negFiles.filter((f) => f.findingCount > 0).length;
  const group = (keyOf, items, fpKeyOf) => {
    const out = {};
    for (const x of items) {
      const k = keyOf(x);
      out[k] = out[k] || { total: 0, found: 0, fp: 0 };
      out[k].total++;
      if (x.label.found) out[k].found++;
    }
    for (const x of fps) {
      const k = fpKeyOf(x);
      if (k === undefined) continue;
      out[k] = out[k] || { total: 0, found: 0, fp: 0 };
      out[k].fp++;
    }
    for (const v of Object.values(out)) v.recall = ratio(v.found, v.total);
    return out;
  };
  const byEcosystem = group(
    (x) => x.file.ecosystem,
    labels,
    (x) => (x.file ? x.file.ecosystem : '(outside corpus)'),
  );
  for (const f of corpus.filter(inSplit)) {
    const e = (byEcosystem[f.ecosystem] = byEcosystem[f.ecosystem] || { total: 0, found: 0, fp: 0, recall: null });
    e.negFiles = (e.negFiles || 0) + (f.negative ? 1 : 0);
    e.negFlagged = (e.negFlagged || 0) + (f.negative && f.findingCount > 0 ? 1 : 0);
  }
  const byProvider = group(
    (x) => x.label.provider,
    labels,
    (x) => `(fp) ${x.finding.provider || x.finding.ruleId}`,
  );
  return {
    split,
    files: corpus.filter(inSplit).length,
    positives: labels.length,
    found,
    recall: ratio(found, labels.length),
    findings: tpFindings + fps.length,
    truePositiveFindings: tpFindings,
    falsePositives: fps.length,
    precision: ratio(tpFindings, tpFindings + fps.length),
    negativeFiles: negFiles.length,
    negativeFilesFlagged: negFlagged,
    byEcosystem,
    byProvider,
  };
}

function printTable(title, rows, results) {
  const keys = [...new Set(results.flatMap((r) => Object.keys(r[rows])))].sort();
  console.log(`\n${title}`);
  const head = ['', ...results.map((r) => `${r.split} recall`), 'all found/total', 'FP', ...(rows === 'byEcosystem' ? ['neg flagged'] : [])];
  const widths = [30, 16, 16, 16, 16, 6, 12];
  console.log(head.map((h, i) => h.padEnd(widths[i])).join(''));
  for (const k of keys) {
    const cells = results.map((r) => (r[rows][k] && r[rows][k].total ? pct(r[rows][k].found, r[rows][k].total) : '-'));
    const all = results[results.length - 1][rows][k] || { found: 0, total: 0, fp: 0 };
    const row = [k.slice(0, 29), ...cells, `${all.found}/${all.total}`, String(all.fp)];
    if (rows === 'byEcosystem') row.push(all.negFiles ? `${all.negFlagged}/${all.negFiles}` : '-');
    console.log(row.map((c, i) => c.padEnd(widths[i])).join(''));
  }
}

function main(argv = []) {
  const opts = parseArgs(argv);
  if (opts.help) {
    console.log('usage: node bench/quality-independent.js [--misses] [--json[=FILE]] [--split=dev|holdout] [--keep]');
    return null;
  }
  const corpus = loadCorpus();
  const dir = materialise(corpus);
  let scanResult;
  try {
    scanResult = scan(dir);
  } finally {
    if (!opts.keep) fs.rmSync(dir, { recursive: true, force: true });
  }
  const scored = score(corpus, scanResult.findings);
  const splits = opts.split ? [opts.split, 'all'] : SPLITS;
  const results = splits.map((s) => summarise(corpus, scored, s));
  const all = results[results.length - 1];
  const out = {
    corpus: {
      files: corpus.length,
      positives: all.positives,
      negativeFiles: all.negativeFiles,
      ecosystems: new Set(corpus.map((f) => f.ecosystem)).size,
      providers: new Set(scored.labels.map((x) => x.label.provider)).size,
    },
    scan: { ms: scanResult.ms, exitCode: scanResult.status, problems: scanResult.problems, skipped: scanResult.skipped.length },
    results,
    misses: scored.labels
      .filter((x) => !x.label.found)
      .map((x) => ({ file: x.file.rel, line: x.label.line, endLine: x.label.endLine, kind: x.label.kind, provider: x.label.provider, reason: x.label.reason, split: x.file.split })),
    falsePositives: scored.fps.map((x) => ({
      file: x.file ? x.file.rel : x.finding.path,
      line: x.finding.line,
      ruleId: x.finding.ruleId,
      secret: redact(x.finding.secret),
      negativeLabel: x.negReason,
      split: x.file ? x.file.split : null,
    })),
  };
  // summary numbers for callers (bench/quality.js, tests)
  out.recall = all.recall;
  out.precision = all.precision;
  out.negativeFilesFlagged = all.negativeFilesFlagged;

  if (opts.json === '-') {
    console.log(JSON.stringify(out, null, 2));
    return out;
  }
  if (opts.json) fs.writeFileSync(opts.json, `${JSON.stringify(out, null, 2)}\n`);
  console.log(
    `independent corpus: ${out.corpus.files} files, ${out.corpus.positives} labelled secrets, ${out.corpus.negativeFiles} negative files, ${out.corpus.ecosystems} ecosystems, ${out.corpus.providers} providers`,
  );
  console.log(`scan: ${scanResult.ms} ms, exit ${scanResult.status}, ${scanResult.skipped.length} files skipped`);
  for (const p of scanResult.problems) console.log(`  problem: ${p.path ? `${p.path}: ` : ''}${p.message || JSON.stringify(p)}`);
  for (const s of scanResult.skipped.slice(0, 20)) console.log(`  skipped: ${s.path} (${s.reason})`);
  for (const r of results) {
    console.log(
      `${r.split.padEnd(8)} recall ${pct(r.found, r.positives)} (${r.found}/${r.positives})  precision ${pct(r.truePositiveFindings, r.findings)} (${r.falsePositives} FP of ${r.findings} findings)  negative files flagged ${r.negativeFilesFlagged}/${r.negativeFiles}`,
    );
  }
  printTable('by ecosystem', 'byEcosystem', results);
  printTable("by provider (label provider; FP rows are keyed by the finding's provider)", 'byProvider', results);
  if (opts.misses) {
    console.log('\nmissed secrets:');
    for (const m of out.misses) console.log(`  ${m.file}:${m.line}${m.endLine ? `-${m.endLine}` : ''}  ${m.kind}  (${m.provider})  ${m.reason}`);
    console.log('\nfalse positives:');
    for (const f of out.falsePositives) console.log(`  ${f.file}:${f.line}  ${f.ruleId}  ${f.secret}${f.negativeLabel ? `  [labelled negative: ${f.negativeLabel}]` : ''}`);
  }
  return out;
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    console.error(`quality-independent: ${err.message}`);
    process.exitCode = 2;
  }
}

module.exports = { main, score, summarise };
