'use strict';
// A synthetic history: >= 1 GB of blobs over 20,000 commits of real source text, large files, and
// secrets planted in files that are later deleted; repacked so that git reads it like a real repository.
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { ROOT, rng, realBlob } = require('./lib');

const REPO = join(ROOT, '.bench', 'history-real');
const COMMITS = Number(process.env.TG_BENCH_COMMITS || 20_000);
const TARGET_BYTES = Number(process.env.TG_BENCH_BYTES || 1.05e9);

function fakeTokens() {
  const { fakeSecret, Prng } = require('../dist/rules/fake.js');
  const { builtinRuleFiles, rulesOf } = require('../dist/rules/load.js');
  const rules = rulesOf(builtinRuleFiles()).filter((d) => !d.path && !d.generic);
  return (i) => {
    const rule = rules[i % rules.length];
    return fakeSecret(rule, new Prng(`history-bench-${i}`));
  };
}

/** Streams a fast-import script into git: no per-commit process, so 20k commits take seconds. */
async function build() {
  if (existsSync(join(REPO, '.complete'))) return;
  mkdirSync(REPO, { recursive: true });
  spawnSync('git', ['init', '-q', '-b', 'main', REPO]);
  const fi = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: REPO, stdio: ['pipe', 'inherit', 'inherit'] });
  const write = (s) => (fi.stdin.write(s) ? Promise.resolve() : new Promise((r) => fi.stdin.once('drain', r)));
  const r = rng(7);
  const token = fakeTokens();
  const perCommit = TARGET_BYTES / COMMITS;
  const paths = Array.from({ length: 4000 }, (_, i) => `src/mod${i % 97}/file${i}.${['ts', 'js', 'py', 'yaml', 'json', 'md', 'go'][i % 7]}`);
  const planted = [];
  let bytes = 0;
  for (let c = 1; c <= COMMITS; c++) {
    let ops = '';
    let budget = perCommit;
    if (c % 250 === 0) {
      const big = realBlob(r, 1.5e6 + Math.floor(r() * 3e6));
      ops += `M 100644 inline assets/big${c % 7}.log\ndata ${Buffer.byteLength(big)}\n${big}\n`;
      budget -= Buffer.byteLength(big);
      bytes += Buffer.byteLength(big);
    }
    while (budget > 0) {
      const text = `// commit ${c}\n${realBlob(r, 2000 + Math.floor(r() * Math.min(40000, budget * 2)))}`;
      const len = Buffer.byteLength(text);
      ops += `M 100644 inline ${paths[Math.floor(r() * paths.length)]}\ndata ${len}\n${text}\n`;
      budget -= len;
      bytes += len;
    }
    if (c % 400 === 0) {
      const leak = `# temporary\nAPI_TOKEN=${token(c)}\n`;
      ops += `M 100644 inline secrets/leak${c}.env\ndata ${Buffer.byteLength(leak)}\n${leak}\n`;
      planted.push(c);
    }
    if (c % 400 === 5 && c > 400) ops += `D secrets/leak${c - 5}.env\n`;
    const msg = `commit ${c}`;
    await write(`commit refs/heads/main\ncommitter Bench <bench@example.com> ${1.6e9 + c * 600} +0000\ndata ${msg.length}\n${msg}\n${ops}`);
  }
  await write('done\n');
  fi.stdin.end();
  await new Promise((resolve, reject) => fi.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fast-import exited ${code}`)))));
  spawnSync('git', ['checkout', '-q', '-f', 'main'], { cwd: REPO });
  // fast-import packs loosely; a real repository is delta-compressed, and the floor must read like one.
  spawnSync('git', ['repack', '-adf', '--depth=50', '--window=250', '-q'], { cwd: REPO, stdio: 'inherit' });
  writeFileSync(join(REPO, '.git', 'info', 'exclude'), '.complete\n');
  writeFileSync(join(REPO, '.complete'), JSON.stringify({ commits: COMMITS, bytes, planted: planted.length }));
}

module.exports = { build, REPO, COMMITS };
