'use strict';
// Shared helpers for the benchmarks: deterministic text, timing and process runs.
const { spawnSync, spawn } = require('node:child_process');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
// TOKENGUARD_BENCH_BIN times another build (e.g. an older checkout's bin/tokenguard.js) with the same harness.
const BIN = process.env.TOKENGUARD_BENCH_BIN || join(ROOT, 'bin', 'tokenguard.js');

/** mulberry32: deterministic data across runs. */
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'const let var function return if else for while import export from default class extends new this ' +
  'async await try catch throw error result value config options request response user token key secret password ' +
  'session cache client server handler router service database query table index item list map set get put post ' +
  'delete update create read write file path name id type data status message count total size length offset'
).split(' ');

/** A line of plausible source code, config or log text. */
function textLine(r) {
  const kind = r();
  const w = () => WORDS[Math.floor(r() * WORDS.length)];
  const n = () => Math.floor(r() * 100000);
  if (kind < 0.35) return `  ${w()} ${w()}_${w()} = ${w()}(${w()}, ${n()}); // ${w()} ${w()} ${w()}`;
  if (kind < 0.55) return `${w()}_${w()}: "${w()}-${w()}-${n()}"`;
  if (kind < 0.75) return `2024-05-0${1 + Math.floor(r() * 9)}T12:${10 + Math.floor(r() * 50)}:00Z INFO ${w()} ${w()} ${w()} took ${n()}ms status=${w()}`;
  if (kind < 0.9) return `    "${w()}": { "${w()}": ${n()}, "${w()}": "${w()} ${w()}" },`;
  return `# ${w()} ${w()} ${w()} ${w()} ${w()} ${w()} ${w()} ${w()}`;
}

/** About `bytes` of text. */
function textBlob(r, bytes) {
  const lines = [];
  let size = 0;
  while (size < bytes) {
    const l = textLine(r);
    lines.push(l);
    size += l.length + 1;
  }
  return lines.join('\n') + '\n';
}

let realTexts;

/**
 * Real source text to build benchmark trees from: every text file of the project's own node_modules
 * (JavaScript, TypeScript, JSON, Markdown, C++ ...), loaded once. Real code gives real keyword
 * frequencies, which synthetic word salad does not.
 */
function realTextCorpus() {
  if (realTexts) return realTexts;
  const { readdirSync, readFileSync, statSync } = require('node:fs');
  const out = [];
  const walk = (dir) => {
    for (const d of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (d.isFile() && /\.(js|ts|mjs|cjs|json|md|cc|h|py|yml|yaml|txt)$/.test(d.name) && statSync(p).size < 2e6) {
        const b = readFileSync(p);
        if (!b.subarray(0, 8000).includes(0)) out.push(b.toString('utf8'));
      }
    }
  };
  walk(join(ROOT, 'node_modules'));
  realTexts = out;
  return out;
}

/** About `bytes` of real source text, starting at a random file. */
function realBlob(r, bytes) {
  const texts = realTextCorpus();
  let out = '';
  while (out.length < bytes) out += texts[Math.floor(r() * texts.length)];
  return out.slice(0, Math.max(bytes, 1));
}

function now() {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Runs the CLI and returns wall time in ms and the exit code. */
function timeCli(args, opts = {}) {
  const t = now();
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  return { ms: now() - t, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs a command and samples peak memory from /proc every 25 ms: VmHWM of the process itself (all its
 * threads) and the highest VmHWM among its child processes (git), reported separately.
 */
function runWithPeak(cmd, args, opts = {}) {
  const fs = require('node:fs');
  return new Promise((resolve) => {
    const t = now();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    let selfKiB = 0;
    let childKiB = 0;
    const hwm = (pid) => {
      try {
        return Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
      } catch {
        return 0;
      }
    };
    const timer = setInterval(() => {
      selfKiB = Math.max(selfKiB, hwm(child.pid));
      for (const d of fs.readdirSync('/proc')) {
        if (!/^\d+$/.test(d)) continue;
        try {
          if (Number(/PPid:\s+(\d+)/.exec(fs.readFileSync(`/proc/${d}/status`, 'utf8'))[1]) === child.pid) childKiB = Math.max(childKiB, hwm(d));
        } catch {
          // the process ended between readdir and read
        }
      }
    }, 25);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ ms: now() - t, code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString(), selfMiB: selfKiB / 1024, childMiB: childKiB / 1024 });
    });
  });
}

function mbps(bytes, ms) {
  return bytes / 1e6 / (ms / 1000);
}

/**
 * gitleaks (GITLEAKS=/path, e.g. from bench/get-gitleaks.sh), best of two runs: `args(reportPath)` gives its
 * command line. Undefined when GITLEAKS is not set.
 */
async function gitleaksRun(args) {
  const bin = process.env.GITLEAKS;
  if (!bin) return undefined;
  const { mkdtempSync, existsSync, readFileSync, rmSync } = require('node:fs');
  const { tmpdir } = require('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'tg-gitleaks-'));
  const report = join(dir, 'report.json');
  const runs = [];
  for (let i = 0; i < 2; i++) runs.push(await runWithPeak(bin, args(report)));
  const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
  const findings = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')).length : undefined;
  rmSync(dir, { recursive: true, force: true });
  return { ms: best.ms, findings, rssMiB: Math.max(...runs.map((r) => r.selfMiB)) };
}

module.exports = { ROOT, BIN, rng, textLine, textBlob, realBlob, now, timeCli, runWithPeak, mbps, spawn, gitleaksRun };
