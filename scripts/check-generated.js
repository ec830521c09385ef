#!/usr/bin/env node
// Drift check for the generated types (src/generated/): regenerates them from the schemas in memory
// and compares with the committed files. A schema change without `npm run gen:types` would leave the
// code typed against a format ajv no longer accepts (or the other way round). `npm test` runs it.
//
// `--root DIR` compares DIR/src/generated instead (the test of the check itself uses a stale copy).
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { ROOT, generate } = require('./gen-types');

/** The generated files under `root` that are missing or differ from a fresh generation (relative paths). */
async function staleFiles(root = ROOT) {
  const stale = [];
  for (const f of await generate()) {
    let committed;
    try {
      committed = readFileSync(join(root, f.path), 'utf8');
    } catch {
      committed = undefined;
    }
    if (committed !== f.text) stale.push(f.path);
  }
  return stale;
}

/** One line per stale file, naming the command that fixes it. */
function staleMessage(path) {
  return `check-generated: ${path} does not match its schema; run "npm run gen:types" and commit it`;
}

module.exports = { staleFiles, staleMessage };

if (require.main === module) {
  const at = process.argv.indexOf('--root');
  staleFiles(at > 0 ? process.argv[at + 1] : ROOT).then(
    (stale) => {
      for (const p of stale) process.stderr.write(`${staleMessage(p)}\n`);
      if (stale.length > 0) process.exitCode = 1;
      else process.stderr.write('check-generated: src/generated/ matches the schemas\n');
    },
    (err) => {
      process.stderr.write(`check-generated: ${err.message}\n`);
      process.exitCode = 2;
    },
  );
}
