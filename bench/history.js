'use strict';
// History throughput, side by side in one run, on histories that look real:
//  - edit-history: real source files edited a few lines at a time over 20,000 commits (rails-shaped), and
//    over 6,400 commits of 300 files (express-shaped, once linear and once merged from topic branches the
//    way pull requests are), over 6,400 commits of 200 files that keep their size (express-sized: about
//    93 MB of blobs, where express has 154 MB), and big files (a changelog, a data file) edited in most of 1,500 commits, and
//    60,000 one-line commits (per-commit costs);
//  - npm-history: the published versions of 14 npm packages committed in publish order (real edits), and
//    npm-express: those of express, body-parser and router alone (a history the size of express's own);
//  - synthetic: 20,000 fast-import commits with planted secrets, repacked like a real repository;
//  - any repository given with --repo PATH (repeatable), and any shape of edit-history.js given with
//    --shape NAME (built first when missing; `--shape rails-scale` has rails' 118,000 commits and 3.8 GB).
// For each: two floors (`git cat-file --batch-all-objects --batch > /dev/null`, in hash order and with
// --unordered, in pack order: the fastest git reads every object, and the one the ratio is taken to), `tokenguard scan
// --history`, gitleaks when GITLEAKS=/path/to/gitleaks is set, and a baseline build of tokenguard when
// TG_BASELINE=/path/to/bin/tokenguard.js is set (its findings are compared: no fingerprint may be lost).
// The contenders run in TG_ROUNDS interleaved rounds (default 3: tokenguard, gitleaks, baseline, then again):
// on a shared machine one run can be 20 to 30% off, so each figure is a median, and the ratio to gitleaks
// is the median of the rounds' own ratios (each taken between runs seconds apart).
const { spawnSync } = require('node:child_process');
const { closeSync, openSync } = require('node:fs');
const { loadavg } = require('node:os');
const { BIN, now, runWithPeak, cpuLine, cpuTotal, mbps, gitleaksRun, median } = require('./lib');
const synthetic = require('./synthetic-history');
const npmHistory = require('./npm-history');
const editHistory = require('./edit-history');

function blobBytes(repo) {
  const r = spawnSync('git', ['cat-file', '--batch-all-objects', '--batch-check=%(objecttype) %(objectsize)'], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 });
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

/**
 * Reading every object: in hash order (each object's delta chain is resolved again and again) or, with
 * `unordered`, in pack order. On the rails-shaped history hash order took 14.3 s and pack order 3.3 s,
 * so a ratio to the first flattered every contender.
 */
function floor(repo, unordered = false) {
  const out = openSync('/dev/null', 'w');
  const t = now();
  const r = spawnSync('git', ['cat-file', '--batch-all-objects', '--batch', ...(unordered ? ['--unordered'] : [])], { cwd: repo, stdio: ['ignore', out, 'inherit'] });
  closeSync(out);
  if (r.status !== 0) throw new Error(`floor failed in ${repo}`);
  return now() - t;
}

const ROUNDS = Math.max(1, Math.floor(Number(process.env.TG_ROUNDS) || 3));

/** One run of a tokenguard build; its JSON report, CPU and peak memory. */
async function tokenguardRun(bin, repo, extra = []) {
  // --show-secrets: the planted secrets are fake, and builds with different identity schemes compare by value.
  const run = await runWithPeak(process.execPath, [bin, 'scan', repo, '--history', '--format', 'json', '--quiet', '--show-secrets', ...extra]);
  let report;
  try {
    report = run.code <= 1 ? JSON.parse(run.stdout) : undefined;
  } catch (err) {
    throw new Error(`${bin}: unreadable JSON report (exit ${run.code}, ${run.stdout.length} bytes on stdout: ${err.message}): ${run.stderr.slice(0, 500)}`);
  }
  if (!report || !report.summary.complete) throw new Error(`${bin}: history scan failed (exit ${run.code}): ${run.stderr.slice(0, 500)}`);
  return { ms: run.ms, report, cpu: run.cpu, faults: run.faults, rssMiB: run.selfMiB, gitMiB: run.childMiB };
}

/** The runs of one contender as one figure: the median run (its report and CPU), all wall times, the peak memory. */
function summarize(runs) {
  const mid = median(runs.map((r) => r.ms));
  const run = runs.find((r) => r.ms === mid);
  return { ...run, all: runs.map((r) => r.ms), rssMiB: Math.max(...runs.map((r) => r.rssMiB)), gitMiB: Math.max(...runs.map((r) => r.gitMiB ?? 0)) };
}

/** One gitleaks run over the same history, when installed (8.19+ `git` command, else `detect`). */
async function gitleaksOnce(repo) {
  if (!process.env.GITLEAKS) return undefined;
  const modern = spawnSync(process.env.GITLEAKS, ['git', '--help'], { encoding: 'utf8' }).status === 0;
  const common = ['--no-banner', '--report-format', 'json', '--exit-code', '0', '--report-path'];
  return gitleaksRun((report) => (modern ? ['git', repo, ...common, report] : ['detect', '--source', repo, ...common, report]), 1);
}

/** The contenders in interleaved rounds (see the top of this file). */
async function rounds(repo) {
  const tg = [];
  const gl = [];
  const base = [];
  const baseBin = process.env.TG_BASELINE;
  let baseFailed;
  for (let i = 0; i < ROUNDS; i++) {
    // Every severity, as a build without --min-severity reports.
    tg.push(await tokenguardRun(BIN, repo, ['--min-severity', 'info']));
    const g = await gitleaksOnce(repo);
    if (g) gl.push(g);
    if (baseBin && !baseFailed) {
      try {
        base.push(await tokenguardRun(baseBin, repo));
      } catch (err) {
        baseFailed = err;
      }
    }
  }
  if (baseFailed) console.log(`  baseline build failed: ${baseFailed.message}`);
  const ratios = gl.map((g, i) => tg[i].ms / g.ms);
  return { tg: summarize(tg), gl: gl.length > 0 ? summarize(gl) : undefined, ratio: ratios.length > 0 ? median(ratios) : undefined, ratios, base: base.length > 0 ? summarize(base) : undefined };
}

const secs = (ms) => (ms / 1000).toFixed(2);

/**
 * Secrets a baseline build found at a path that this build does not (by path and value: a secret now
 * caught by a provider's rule instead of a generic one is the same finding under a better name).
 */
function lostFindings(base, now_) {
  const key = (f) => `${f.path}\t${f.secret}`;
  const have = new Set(now_.report.findings.map(key));
  const lost = [...new Set(base.report.findings.map(key))].filter((k) => !have.has(k));
  const ruleOf = new Map(base.report.findings.map((f) => [key(f), f.ruleId]));
  return lost.map((k) => `${ruleOf.get(k)}\t${k}`);
}

async function measure(name, repo) {
  const { bytes, blobs } = blobBytes(repo);
  const commits = Number(spawnSync('git', ['rev-list', '--count', '--all'], { cwd: repo, encoding: 'utf8' }).stdout.trim());
  floor(repo); // warm the page cache for every contender
  const hashOrderMs = Math.min(floor(repo), floor(repo));
  const floorMs = Math.min(floor(repo, true), floor(repo, true));
  // gitleaks keeps both cores busy and tokenguard less so: other tenants' load slows gitleaks more and
  // flatters the ratio (0.46x under load, 0.71x idle on the same rails-shaped history), so it is printed.
  const loadBefore = loadavg()[0];
  const { tg, gl, ratio, ratios, base } = await rounds(repo);
  const s = tg.report.summary;
  console.log(
    `history ${name}: ${commits} commits, ${blobs} unique blobs, ${(bytes / 1e6).toFixed(0)} MB of blobs; load average ${loadBefore.toFixed(2)} before the rounds, ${loadavg()[0].toFixed(2)} after`,
  );
  console.log(
    `  floor, git cat-file --batch-all-objects --batch --unordered: ${(floorMs / 1000).toFixed(2)} s (${mbps(bytes, floorMs).toFixed(0)} MB/s of blobs); in hash order (no --unordered): ${(hashOrderMs / 1000).toFixed(2)} s`,
  );
  console.log(
    `  tokenguard scan --history: ${secs(tg.ms)} s, median of ${tg.all.length} [${tg.all.map(secs).join(' ')}] (${mbps(bytes, tg.ms).toFixed(0)} MB/s of blobs), ${s.findings} findings, ${s.files} blobs read; peak RSS ${tg.rssMiB.toFixed(0)} MiB (+ git ${tg.gitMiB.toFixed(0)} MiB)`,
  );
  // On 2 cores a scan is bound by all of its CPU (git's included), not by the main thread alone.
  console.log(`    ${cpuLine(tg.cpu, tg.faults)}`);
  console.log(`  ratio to the --unordered floor: ${(floorMs / tg.ms).toFixed(2)} of its throughput (wall time ${(tg.ms / floorMs).toFixed(2)}x the floor)`);
  if (gl)
    console.log(
      `  gitleaks: ${secs(gl.ms)} s, median of ${gl.all.length} [${gl.all.map(secs).join(' ')}], ${gl.findings} findings, peak RSS ${gl.rssMiB.toFixed(0)} MiB, CPU ${gl.cpuS.toFixed(2)} s; tokenguard takes ${ratio.toFixed(2)}x gitleaks' wall time (median of the rounds' ratios: ${ratios.map((r) => r.toFixed(2)).join(' ')}) and ${(cpuTotal(tg.cpu) / gl.cpuS).toFixed(2)}x its CPU`,
    );
  else console.log('  gitleaks: not measured (set GITLEAKS=/path/to/gitleaks to compare side by side)');
  if (base) {
    const lost = lostFindings(base, tg);
    console.log(
      `  baseline build: ${secs(base.ms)} s, median of ${base.all.length} [${base.all.map(secs).join(' ')}], ${base.report.summary.findings} findings; this build takes ${(tg.ms / base.ms).toFixed(2)}x its time; secrets it found at a path where this build does not: ${lost.length}`,
    );
    for (const k of lost.slice(0, 20)) console.log(`    lost: ${k.split('\t').slice(0, 2).join(' ')}`);
  }
  return { floorMs, tgMs: tg.ms, rssMiB: tg.rssMiB, gitleaksMs: gl?.ms, ratio };
}

/** The values given to `flag` (repeatable). */
function flagValues(argv, flag) {
  const out = [];
  for (let i = 0; i < argv.length; i++) if (argv[i] === flag && argv[i + 1]) out.push(argv[++i]);
  return out;
}

async function main(argv = process.argv.slice(2)) {
  const given = flagValues(argv, '--repo');
  const shapes = flagValues(argv, '--shape');
  for (const name of shapes) {
    const shape = editHistory.SHAPES[name];
    if (!shape) throw new Error(`--shape: no edit-history shape named "${name}" (${Object.keys(editHistory.SHAPES).join(', ')})`);
    await editHistory.build(shape);
    await measure(`edit-history, ${name} (${shape.files} files, ${shape.commits} commits)`, shape.repo);
  }
  for (const repo of given) await measure(repo, repo);
  if (given.length > 0 || shapes.length > 0) return;
  await editHistory.build();
  await measure('edit-history (real files, developer-sized edits)', editHistory.REPO);
  await editHistory.build(editHistory.SHAPES.express);
  await measure('edit-history, express-shaped (300 files, 6,400 commits)', editHistory.SHAPES.express.repo);
  await editHistory.build(editHistory.SHAPES['express-sized']);
  await measure('edit-history, express-sized (200 files that keep their size, 6,400 commits, about 93 MB)', editHistory.SHAPES['express-sized'].repo);
  await editHistory.build(editHistory.SHAPES.merges);
  await measure('edit-history, merged topic branches (express-sized; every fifth commit a --no-ff merge)', editHistory.SHAPES.merges.repo);
  await editHistory.build(editHistory.SHAPES.big);
  await measure('edit-history, big files (a 600 KB and a 2.5 MB file edited in most of 1,500 commits)', editHistory.SHAPES.big.repo);
  await editHistory.build(editHistory.SHAPES.tiny);
  await measure('edit-history, tiny commits (one line of one of 100 small files, 60,000 commits)', editHistory.SHAPES.tiny.repo);
  await npmHistory.build();
  await measure('npm-history (real package versions)', npmHistory.REPO);
  await npmHistory.build(npmHistory.EXPRESS_PACKAGES, npmHistory.EXPRESS_REPO);
  await measure('npm-express (the published versions of express, body-parser and router)', npmHistory.EXPRESS_REPO);
  await synthetic.build();
  await measure('synthetic (fast-import, repacked)', synthetic.REPO);
}

module.exports = { main };
if (require.main === module)
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
