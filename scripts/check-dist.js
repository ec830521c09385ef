#!/usr/bin/env node
// Drift check for a committed dist/: builds the sources into a temporary folder and compares it, file by
// file, with dist/. A release commits dist/ (installs from git and the GitHub Action run it without
// building), so a commit whose dist/ does not match its sources would ship code nobody reviewed.
//
// `npm test` runs it first, and needs no build after it: a matching dist/ is what a build would write.
// `npm publish` runs it too (prepublishOnly). A checkout where git does not track dist/ fails: nothing
// builds it on install any more (see build.js), so such a commit would install without a CLI.
'use strict';
const { readdirSync, readFileSync, rmSync } = require('node:fs');
const { join, relative } = require('node:path');
const { ROOT, buildPackage, distTracked, stagePackage } = require('./build');

const say = (line) => process.stderr.write(`check-dist: ${line}\n`);

/** Files under `dir`, relative and sorted. */
function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** Differences between the committed dist/ and a fresh build: missing, extra and changed files. */
function compare(committed, fresh) {
  const a = new Set(listFiles(committed));
  const b = new Set(listFiles(fresh));
  const problems = [];
  for (const f of b) if (!a.has(f)) problems.push(`missing from dist/: ${f}`);
  for (const f of a) if (!b.has(f)) problems.push(`in dist/ but not built from the sources: ${f}`);
  for (const f of a) if (b.has(f) && !readFileSync(join(committed, f)).equals(readFileSync(join(fresh, f)))) problems.push(`differs from a fresh build: ${f}`);
  return problems;
}

function main() {
  if (!distTracked()) {
    say('dist/ is not tracked by git: build it with "npm run compile" and commit it (installs from git run it as committed)');
    process.exitCode = 1;
    return;
  }
  const stage = stagePackage();
  try {
    buildPackage(stage);
    const problems = compare(join(ROOT, 'dist'), join(stage, 'dist'));
    if (problems.length === 0) return say('dist/ matches a fresh build of the sources');
    for (const p of problems.slice(0, 30)) say(p);
    if (problems.length > 30) say(`… and ${problems.length - 30} more`);
    say('rebuild with "npm run compile" and commit dist/');
    process.exitCode = 1;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

main();
