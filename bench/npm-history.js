'use strict';
// A history built from real code: the published versions of several npm packages, committed one after
// another in publish order, each package in its own folder. Consecutive versions differ the way real
// edits do (small changes to big files, renames, added and deleted files), which a synthetic history
// does not reproduce. A few fake secrets are planted in new files and in the middle of big existing
// files, and later removed, so that the scan has something to find that only history holds.
const https = require('node:https');
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { ROOT } = require('./lib');

const DEFAULT_PACKAGES = ['lodash', 'moment', '@babel/parser', 'eslint', 'express', 'jquery', 'axios', 'marked', 'mocha', 'handlebars', 'underscore', 'async', 'socket.io', 'prettier'];
const REPO = join(ROOT, '.bench', 'npm-history');
/** Express and the two packages split out of it, alone: a history the size of express's own, of its real code. */
const EXPRESS_PACKAGES = ['express', 'body-parser', 'router'];
const EXPRESS_REPO = join(ROOT, '.bench', 'npm-express');

function getJson(url) {
  return new Promise((resolve, reject) => {
    https
      .get(url, { headers: { accept: 'application/vnd.npm.install-v1+json' } }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(Buffer.concat(chunks).toString())) : reject(new Error(`${url}: ${res.statusCode}`))));
      })
      .on('error', reject);
  });
}

function getBuffer(url) {
  return new Promise((resolve, reject) => {
    https
      .get(url, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`${url}: ${res.statusCode}`))));
      })
      .on('error', reject);
  });
}

/** Stable versions of each package, with publish times, merged into one timeline. */
async function timeline(packages) {
  const all = [];
  for (const name of packages) {
    const full = await getJson(`https://registry.npmjs.org/${name.replace('/', '%2f')}`).catch(() => undefined);
    const meta =
      full && full.time
        ? full
        : await new Promise((resolve, reject) =>
            https
              .get(`https://registry.npmjs.org/${name.replace('/', '%2f')}`, (res) => {
                const c = [];
                res.on('data', (d) => c.push(d));
                res.on('end', () => resolve(JSON.parse(Buffer.concat(c).toString())));
              })
              .on('error', reject),
          );
    for (const [version, info] of Object.entries(meta.versions)) {
      if (!/^\d+\.\d+\.\d+$/.test(version) || !meta.time[version]) continue;
      all.push({ name, version, time: Date.parse(meta.time[version]), tarball: info.dist.tarball });
    }
  }
  return all.sort((a, b) => a.time - b.time);
}

/** Every regular file under `dir`, as [relative path, bytes]. */
function filesOf(dir, prefix = '') {
  const out = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${d.name}` : d.name;
    if (d.isDirectory()) out.push(...filesOf(join(dir, d.name), rel));
    else if (d.isFile()) out.push([rel, readFileSync(join(dir, d.name))]);
  }
  return out;
}

function unpack(tgz) {
  const dir = mkdtempSync(join(tmpdir(), 'tg-npm-'));
  const r = spawnSync('tar', ['-xzf', '-', '-C', dir, '--warning=no-unknown-keyword'], { input: tgz });
  const top = readdirSync(dir)[0];
  // A damaged or odd tarball is skipped, as a repository would simply not have that version.
  const files = r.status === 0 && top ? filesOf(join(dir, top)) : undefined;
  rmSync(dir, { recursive: true, force: true });
  return files;
}

/** Fake secrets from the rules' own formats (only their shape matters here). */
function fakes() {
  const { fakeSecret, Prng } = require('../dist/rules/fake.js');
  const { builtinRuleFiles, rulesOf } = require('../dist/rules/load.js');
  const rules = rulesOf(builtinRuleFiles()).filter((d) => !d.path && !d.generic && d.examples.positive.some((e) => typeof e === 'string' && e.includes('{{secret}}')));
  return (i) => {
    const rule = rules[(i * 7) % rules.length];
    const example = rule.examples.positive.find((e) => typeof e === 'string' && e.includes('{{secret}}'));
    return example.split('{{secret}}').join(fakeSecret(rule, new Prng(`npm-history-${i}`)));
  };
}

/** Downloads tarballs a few at a time, ahead of the commits that need them. */
function prefetcher(versions, ahead = 8) {
  const started = new Map();
  const get = (i) => {
    if (i < versions.length && !started.has(i))
      started.set(
        i,
        getBuffer(versions[i].tarball).catch(() => undefined),
      );
    return started.get(i);
  };
  return (i) => {
    for (let k = i; k < i + ahead; k++) get(k);
    const p = get(i);
    started.delete(i);
    return p;
  };
}

/** Builds the repository with git fast-import (once; cached under .bench/); returns what was planted. */
async function build(packages = DEFAULT_PACKAGES, repo = REPO) {
  if (existsSync(join(repo, '.complete'))) return JSON.parse(readFileSync(join(repo, '.complete'), 'utf8'));
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  spawnSync('git', ['init', '-q', '-b', 'main', repo]);
  const versions = await timeline(packages);
  const fi = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: repo, stdio: ['pipe', 'inherit', 'inherit'] });
  const write = (s) => (fi.stdin.write(s) ? Promise.resolve() : new Promise((r) => fi.stdin.once('drain', r)));
  const secret = fakes();
  const fetch = prefetcher(versions);
  const planted = [];
  let commits = 0;
  for (let i = 0; i < versions.length; i++) {
    const v = versions[i];
    const tgz = await fetch(i);
    if (!tgz) continue;
    const dir = `packages/${v.name.replace('/', '__')}`;
    const files = unpack(tgz);
    if (!files) continue;
    const msg = `${v.name} ${v.version}`;
    const when = Math.floor(v.time / 1000);
    await write(`commit refs/heads/main\nauthor npm <npm@example.com> ${when} +0000\ncommitter npm <npm@example.com> ${when} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n`);
    await write(`D ${dir}\n`);
    const big = largestJs(files);
    for (const [rel, bytes] of files) {
      let content = bytes;
      // Every 40th version plants a secret in the middle of its biggest JavaScript file; the package's
      // next version (rewritten from its tarball) takes it out again.
      if (i % 40 === 20 && rel === big) {
        const text = bytes.toString('latin1');
        const at = text.indexOf('\n', text.length >> 1) + 1;
        content = Buffer.concat([bytes.subarray(0, at), Buffer.from(`// ${secret(i)}\n`), bytes.subarray(at)]);
        planted.push({ version: msg, path: `${dir}/${rel}`, kind: 'edit' });
      }
      await write(`M 100644 inline ${dir}/${rel}\ndata ${content.length}\n`);
      await write(content);
      await write('\n');
    }
    if (i % 50 === 10) {
      const leak = `# local settings\n${secret(i)}\n`;
      await write(`M 100644 inline config/leak-${i}.env\ndata ${Buffer.byteLength(leak)}\n${leak}\n`);
      planted.push({ version: msg, path: `config/leak-${i}.env`, kind: 'new-file' });
    }
    if (i % 50 === 12) await write(`D config/leak-${i - 2}.env\n`);
    commits++;
    if (commits % 100 === 0) process.stderr.write(`npm-history: ${commits} versions committed\n`);
  }
  await write('done\n');
  fi.stdin.end();
  const code = await new Promise((resolve) => fi.on('close', resolve));
  if (code !== 0) throw new Error(`git fast-import exited ${code}`);
  spawnSync('git', ['checkout', '-q', '-f', 'main'], { cwd: repo });
  // Pack it the way a real repository is packed, so the cat-file floor reads like one.
  spawnSync('git', ['repack', '-adf', '--depth=50', '--window=250', '-q'], { cwd: repo, stdio: 'inherit' });
  const info = { commits, packages, planted };
  writeFileSync(join(repo, '.git', 'info', 'exclude'), '.complete\n');
  writeFileSync(join(repo, '.complete'), JSON.stringify(info));
  return info;
}

function largestJs(files) {
  let best;
  for (const [rel, bytes] of files) if (rel.endsWith('.js') && (!best || bytes.length > best[1])) best = [rel, bytes.length];
  return best && best[0];
}

module.exports = { build, REPO, DEFAULT_PACKAGES, EXPRESS_PACKAGES, EXPRESS_REPO };
