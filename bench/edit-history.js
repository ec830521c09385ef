'use strict';
// A history that edits like developers do: a tree of real source files (the project's own
// node_modules), then thousands of commits that each change a few lines in one to four files, with
// files added, renamed and deleted now and then, and most edits landing on a small set of hot files.
// Secrets are planted into existing files (and taken out again later) and in short-lived .env files.
// This is the shape of rails' or express' history: gigabytes of blob versions, few new lines each.
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const { ROOT, rng, realDir } = require('./lib');

/**
 * Two shapes: rails' (thousands of files, 20,000 commits) and express' (a few hundred files, about 6,400
 * commits: per-commit costs weigh more than bytes there).
 */
const SHAPES = {
  rails: { repo: join(ROOT, '.bench', 'edit-history'), files: 3000, commits: Number(process.env.TG_BENCH_EDIT_COMMITS || 20_000), maxSize: 200_000 },
  express: { repo: join(ROOT, '.bench', 'edit-history-express'), files: 300, commits: 6400, maxSize: 40_000 },
  // Big files edited often: a changelog, a generated schema or data file. Most edits land on the two big ones.
  big: { repo: join(ROOT, '.bench', 'edit-history-big'), files: 200, commits: 1500, maxSize: 40_000, big: [600_000, 2_500_000] },
  // Express's own size (its 6,413 commits hold 154 MB of blobs): 200 files under 12 KB whose edits take
  // out about as many lines as they put in, so files keep their size. The express shape above lets its
  // files grow with every edit (538 MB), which favours a reader of added lines less than real histories do.
  'express-sized': { repo: join(ROOT, '.bench', 'edit-history-express-sized'), files: 200, commits: 6400, maxSize: 12_000, balanced: true },
  // Rails' own scale: its 118,000 commits, and 3.8 GB in 283,000 blob versions where rails has 4.6 GB (the
  // rails shape above has a sixth of the commits and three times the bytes per commit, which weighs a
  // reader of whole versions more than rails does). Files keep their size. Not built by default: on 2
  // cores fast-import and the repack took 15.5 minutes (a 219 MiB pack).
  'rails-scale': { repo: join(ROOT, '.bench', 'rails-scale'), files: 3000, commits: 118_000, maxSize: 60_000, balanced: true },
  // Many tiny commits: one line of one small file each (typo fixes, version bumps): per-commit costs only.
  tiny: { repo: join(ROOT, '.bench', 'edit-history-tiny'), files: 100, commits: 60_000, maxSize: 4_000, oneLine: true },
  // Express-sized, merged the way pull requests are: in each block of five commits, three go to a topic
  // branch forked from main, one to main meanwhile, and the fifth merges the topic into main (--no-ff).
  merges: { repo: join(ROOT, '.bench', 'edit-history-merges'), files: 300, commits: 6400, maxSize: 40_000, merges: true },
};

/** Where commit `c` goes in a merged history's block of five (see SHAPES.merges): 'topic', 'main' or 'merge'. */
const blockRole = (c) => (c % 5 === 0 ? 'merge' : c % 5 === 4 ? 'main' : 'topic');
const REPO = SHAPES.rails.repo;

/** Real text files to start from, deterministic order. */
function realFiles(FILES, maxSize) {
  const out = [];
  const walk = (dir) => {
    for (const d of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (out.length >= FILES) return;
      const p = join(dir, d.name);
      if (d.isDirectory()) {
        if (realDir(d.name)) walk(p);
      } else if (d.isFile() && /\.(js|ts|mjs|cjs|json|md|yml|yaml|cc|h|py)$/.test(d.name) && !/\.min\./.test(d.name)) {
        const size = statSync(p).size;
        if (size > 200 && size < maxSize) out.push([relative(join(ROOT, 'node_modules'), p), readFileSync(p, 'utf8').split('\n')]);
      }
    }
  };
  walk(join(ROOT, 'node_modules'));
  return out;
}

function fakeToken(i) {
  const { fakeSecret, Prng } = require('../dist/rules/fake.js');
  const { builtinRuleFiles, rulesOf } = require('../dist/rules/load.js');
  const rules = rulesOf(builtinRuleFiles()).filter(
    (d) => !d.path && !d.generic && !d.extractor && d.severity !== 'info' && d.examples.positive.some((e) => typeof e === 'string' && /^[A-Z_]+=\{\{secret\}\}$/.test(e)),
  );
  const rule = rules[(i * 13) % rules.length];
  const ex = rule.examples.positive.find((e) => typeof e === 'string' && /^[A-Z_]+=\{\{secret\}\}$/.test(e));
  return ex.replace('{{secret}}', fakeSecret(rule, new Prng(`edit-history-${i}`)));
}

/**
 * Applies 1-3 small hunks to a file's lines: a few lines out, a few lines in (taken from another file);
 * with `oneLine`, one line replaced; with `balanced`, as many lines out as in on average.
 */
function edit(lines, donor, r, oneLine = false, balanced = false) {
  const out = [...lines];
  for (let h = oneLine ? 1 : 1 + Math.floor(r() * 3); h > 0; h--) {
    const at = Math.floor(r() * (out.length + 1));
    const del = oneLine ? 1 : Math.floor(r() * (balanced ? 7 : 4));
    const ins = [];
    for (let k = oneLine ? 1 : Math.floor(r() * 7); k > 0; k--) ins.push(donor[Math.floor(r() * donor.length)]);
    out.splice(at, Math.min(del, out.length - at), ...ins);
  }
  return out;
}

async function build(shape = SHAPES.rails) {
  const { repo: REPO, files: FILES, commits: COMMITS, maxSize } = shape;
  if (existsSync(join(REPO, '.complete'))) return JSON.parse(readFileSync(join(REPO, '.complete'), 'utf8'));
  rmSync(REPO, { recursive: true, force: true });
  mkdirSync(REPO, { recursive: true });
  spawnSync('git', ['init', '-q', '-b', 'main', REPO]);
  const fi = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: REPO, stdio: ['pipe', 'inherit', 'inherit'] });
  const write = (s) => (fi.stdin.write(s) ? Promise.resolve() : new Promise((res) => fi.stdin.once('drain', res)));
  const r = rng(17);
  const files = new Map(realFiles(FILES, maxSize).map(([p, lines]) => [`src/${p}`, lines]));
  // Big files are real lines too: the small files' lines, one after another, up to each size.
  const pool = [...files.values()].flat();
  const bigPaths = (shape.big ?? []).map((size, i) => {
    const lines = [];
    for (let k = 0, bytes = 0; bytes < size; k++) {
      lines.push(pool[k % pool.length]);
      bytes += pool[k % pool.length].length + 1;
    }
    files.set(`docs/big-${i}.md`, lines);
    return `docs/big-${i}.md`;
  });
  const paths = () => [...files.keys()];
  const planted = [];
  const pending = new Map(); // path -> { until: the commit that takes the planted line out, line }
  // Paths the current topic branch changed: main leaves them alone meanwhile, and the merge brings them in.
  let onTopic = new Set();
  let onBranch = 'main';
  const put = async (path) => {
    if (onBranch === 'topic') onTopic.add(path);
    const data = files.get(path).join('\n');
    await write(`M 100644 inline ${path}\ndata ${Buffer.byteLength(data)}\n${data}\n`);
  };
  const commit = async (c, ops) => {
    const role = shape.merges && c > 0 ? blockRole(c) : 'main';
    const msg = role === 'merge' ? `Merge branch 'topic-${c}'` : `commit ${c}`;
    const ref = role === 'topic' ? 'refs/heads/topic' : 'refs/heads/main';
    // A topic branch starts from main's tip; the merge takes the topic as its second parent.
    const parents = role === 'topic' && c % 5 === 1 ? 'from refs/heads/main\n' : role === 'merge' ? 'merge refs/heads/topic\n' : '';
    await write(`commit ${ref}\ncommitter Dev <dev@example.com> ${1.5e9 + c * 3600} +0000\ndata ${msg.length}\n${msg}\n${parents}`);
    await ops(role);
  };
  await commit(0, async () => {
    for (const p of paths()) await put(p);
  });
  let list = paths();
  const hot = bigPaths.length > 0 ? bigPaths : list.filter(() => r() < 0.05);
  const merge = async () => {
    for (const p of onTopic) {
      if (files.has(p)) await put(p);
      else await write(`D ${p}\n`);
    }
    onTopic = new Set();
  };
  for (let c = 1; c <= COMMITS; c++) {
    await commit(c, async (role) => {
      onBranch = role;
      if (role === 'merge') return merge();
      // The numbered events below (planted secrets, new, moved and deleted files) would all fall on merges,
      // every tenth commit being one: in a merged history they fall on each block's last topic commit.
      const k = shape.merges ? c + 2 : c;
      const touched = new Set();
      const pick = () => (r() < 0.8 ? hot[Math.floor(r() * hot.length)] : list[Math.floor(r() * list.length)]);
      for (let n = shape.oneLine ? 1 : 1 + Math.floor(r() * 4); n > 0; n--) {
        const p = pick();
        if (role !== 'main' || !onTopic.has(p)) touched.add(p);
      }
      for (const p of touched) {
        if (!files.has(p)) continue;
        files.set(p, edit(files.get(p), files.get(list[Math.floor(r() * list.length)]) ?? [''], r, shape.oneLine, shape.balanced));
        if (k % 500 === 0 && !pending.has(p)) {
          const lines = files.get(p);
          const line = `// ${fakeToken(c)}`;
          lines.splice(Math.floor(r() * lines.length), 0, line);
          pending.set(p, { until: k + 20 + Math.floor(r() * 80), line });
          planted.push({ commit: c, path: p, kind: 'edit' });
        }
        await put(p);
      }
      for (const [p, { until, line }] of pending) {
        if (until !== k || !files.has(p)) continue;
        files.set(
          p,
          files.get(p).filter((l) => l !== line),
        );
        pending.delete(p);
        await put(p);
      }
      if (k % 50 === 0) {
        const from = list[Math.floor(r() * list.length)];
        const to = `src/new/file${c}.${from.split('.').pop()}`;
        files.set(to, edit(files.get(from), files.get(from), r));
        await put(to);
      }
      if (k % 200 === 0) {
        const from = list[Math.floor(r() * list.length)];
        const to = from.replace(/([^/]+)$/, `moved-${c}-$1`);
        files.set(to, files.get(from));
        files.delete(from);
        if (role === 'topic') onTopic.add(from);
        await write(`D ${from}\n`);
        await put(to);
      }
      if (k % 1000 === 10) {
        const env = `# local\n${fakeToken(c + 1)}\n`;
        await write(`M 100644 inline config/local-${c}.env\ndata ${Buffer.byteLength(env)}\n${env}\n`);
        planted.push({ commit: c, path: `config/local-${c}.env`, kind: 'new-file' });
      }
      if (k % 1000 === 40) await write(`D config/local-${c - 30}.env\n`);
      if (k % 200 === 0) list = paths();
    });
  }
  await write('done\n');
  fi.stdin.end();
  const code = await new Promise((res) => fi.on('close', res));
  if (code !== 0) throw new Error(`git fast-import exited ${code}`);
  spawnSync('git', ['checkout', '-q', '-f', 'main'], { cwd: REPO });
  spawnSync('git', ['repack', '-adf', '--depth=50', '--window=250', '-q'], { cwd: REPO, stdio: 'inherit' });
  const info = { commits: COMMITS, planted };
  writeFileSync(join(REPO, '.git', 'info', 'exclude'), '.complete\n');
  writeFileSync(join(REPO, '.complete'), JSON.stringify(info));
  return info;
}

module.exports = { build, REPO, SHAPES };
