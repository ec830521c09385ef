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
 * Folders of node_modules that hold third-party source. Dot-folders do not: `.cache/tokenguard-dist`
 * holds this project's own builds (its rules bundle, code full of rule keywords), one per build, which
 * made the corpora change with every build and filled the express-sized history with tokenguard's code.
 */
const realDir = (name) => !name.startsWith('.');

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
      if (d.isDirectory()) {
        if (realDir(d.name)) walk(p);
      } else if (d.isFile() && /\.(js|ts|mjs|cjs|json|md|cc|h|py|yml|yaml|txt)$/.test(d.name) && statSync(p).size < 2e6) {
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
    // CPU ticks last seen per thread of the process and per child (what git does), by /proc's stat.
    const threadTicks = new Map();
    const childTicks = new Map();
    // Minor page faults last seen of the process (all threads) and per child: on a virtual machine each
    // first touch of a page costs 13 to 16 µs here, a share of the CPU worth printing beside it.
    let selfFaults = 0;
    const statFields = (statPath) => {
      try {
        const stat = fs.readFileSync(statPath, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      } catch {
        return undefined;
      }
    };
    /** User and system ticks of a stat's fields. */
    const ticksOf = (f) => Number(f[11]) + Number(f[12]);
    const ticks = (statPath) => {
      const f = statFields(statPath);
      return f && ticksOf(f);
    };
    const hwm = (pid) => {
      try {
        return Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
      } catch {
        return 0;
      }
    };
    const timer = setInterval(() => {
      selfKiB = Math.max(selfKiB, hwm(child.pid));
      const own = statFields(`/proc/${child.pid}/stat`);
      if (own) selfFaults = Number(own[7]);
      try {
        for (const tid of fs.readdirSync(`/proc/${child.pid}/task`)) {
          const n = ticks(`/proc/${child.pid}/task/${tid}/stat`);
          if (n !== undefined) threadTicks.set(tid, n);
        }
      } catch {
        // the process has ended
      }
      for (const d of fs.readdirSync('/proc')) {
        if (!/^\d+$/.test(d)) continue;
        try {
          if (Number(/PPid:\s+(\d+)/.exec(fs.readFileSync(`/proc/${d}/status`, 'utf8'))[1]) !== child.pid) continue;
          childKiB = Math.max(childKiB, hwm(d));
          const f = statFields(`/proc/${d}/stat`);
          const argv = fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0');
          // Before its exec a child's command line is node's, and a finished one (a zombie) has none.
          const what = argv.find((a) => ['cat-file', 'log', 'rev-list', 'ls-tree', 'diff-tree'].includes(a)) ?? childTicks.get(d)?.what ?? 'other';
          if (f) childTicks.set(d, { what, n: ticksOf(f), faults: Number(f[7]) });
        } catch {
          // the process ended between readdir and read
        }
      }
    }, 25);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        ms: now() - t,
        code,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
        selfMiB: selfKiB / 1024,
        childMiB: childKiB / 1024,
        cpu: cpuSplit(String(child.pid), threadTicks, childTicks),
        faults: { self: selfFaults, children: [...childTicks.values()].reduce((a, c) => a + c.faults, 0) },
      });
    });
  });
}

/**
 * Seconds of CPU by thread and child, as last sampled (a thread's final 25 ms can be missed): the main
 * thread (its id is the process id), the busiest other thread (the detection worker, when there is
 * one), the rest (V8's compiler and GC helpers, libuv), and the children by git command.
 */
function cpuSplit(pid, threadTicks, childTicks) {
  const hz = 100;
  const main = (threadTicks.get(pid) ?? 0) / hz;
  const others = [...threadTicks].filter(([tid]) => tid !== pid).map(([, n]) => n / hz);
  const busiest = others.length > 0 ? Math.max(...others) : 0;
  const rest = others.reduce((a, b) => a + b, 0) - busiest;
  const git = {};
  for (const { what, n } of childTicks.values()) git[what] = (git[what] ?? 0) + n / hz;
  return { main, busiest, rest, git };
}

/** Seconds of CPU in all of cpuSplit's figures. */
function cpuTotal(c) {
  return c.main + c.busiest + c.rest + Object.values(c.git).reduce((a, b) => a + b, 0);
}

/** One line of cpuSplit's figures, and runWithPeak's page faults when given. */
function cpuLine(c, faults) {
  const git = Object.entries(c.git)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v.toFixed(2)}`)
    .join(', ');
  const touched = faults ? `; minor page faults: tokenguard ${faults.self.toLocaleString('en-US')}, git ${faults.children.toLocaleString('en-US')}` : '';
  return `CPU ${cpuTotal(c).toFixed(2)} s: main thread ${c.main.toFixed(2)}, busiest other thread (the worker) ${c.busiest.toFixed(2)}, other threads (V8's helpers) ${c.rest.toFixed(2)}, git ${git || '0'}${touched}`;
}

function mbps(bytes, ms) {
  return bytes / 1e6 / (ms / 1000);
}

/**
 * gitleaks (GITLEAKS=/path, e.g. from bench/get-gitleaks.sh), the best of `runs` runs (two unless given; the
 * history part asks for one per interleaved round): `args(reportPath)` gives its command line. Undefined
 * when GITLEAKS is not set.
 */
async function gitleaksRun(args, runs = 2) {
  const bin = process.env.GITLEAKS;
  if (!bin) return undefined;
  const { mkdtempSync, existsSync, readFileSync, rmSync } = require('node:fs');
  const { tmpdir } = require('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'tg-gitleaks-'));
  const report = join(dir, 'report.json');
  const done = [];
  for (let i = 0; i < runs; i++) done.push(await runWithPeak(bin, args(report)));
  const best = done.reduce((a, b) => (a.ms < b.ms ? a : b));
  const findings = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')).length : undefined;
  rmSync(dir, { recursive: true, force: true });
  return { ms: best.ms, findings, rssMiB: Math.max(...done.map((r) => r.selfMiB)), cpuS: cpuTotal(best.cpu) };
}

/** The median of some numbers (the lower middle one of an even count). */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[(s.length - 1) >> 1];
}

module.exports = { ROOT, BIN, rng, realDir, textLine, textBlob, realBlob, now, timeCli, runWithPeak, cpuLine, cpuTotal, mbps, spawn, gitleaksRun, median };
