#!/usr/bin/env node
// Compiles the TypeScript, then bundles the validated rule files into dist/rules.bundle.json so a
// scan loads one JSON file instead of parsing YAML at start-up.
'use strict';
const { execFileSync } = require('node:child_process');
const { writeFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const bundle = join(root, 'dist', 'rules.bundle.json');
const scanBundle = join(root, 'dist', 'rules.scan.json');
// Documentation fields: what SARIF, `rules check` and the tests read, never the scan itself.
const DOC_FIELDS = ['description', 'references', 'examples', 'tags', 'fake', 'syntaxKey', 'syntaxExempt'];
rmSync(bundle, { force: true });
rmSync(scanBundle, { force: true });
rmSync(join(root, 'dist', 'automaton.bin'), { force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
const { readRuleDir, RULES_DIR } = require(join(root, 'dist', 'rules', 'load.js'));
const { windowSpan } = require(join(root, 'dist', 'rules', 'window.js'));
try {
  const files = readRuleDir(RULES_DIR);
  // Worked out once here rather than in every process and worker: it draws each rule's examples.
  for (const f of files) for (const r of f.rules) r.windowSpan = windowSpan(r) ?? null;
  writeFileSync(bundle, JSON.stringify(files));
  // The same rules without their documentation, about half the size: every scan (a pre-commit check
  // above all) parses it at start-up, and worker threads receive it.
  const strip = (r) => Object.fromEntries(Object.entries(r).filter(([k]) => !DOC_FIELDS.includes(k)));
  writeFileSync(scanBundle, JSON.stringify(files.map((f) => ({ ...f, rules: f.rules.map(strip) }))));
  // The keyword automaton of the built-in rules, built once here instead of in every process.
  const { RuleSet } = require(join(root, 'dist', 'engine', 'ruleset.js'));
  const { CompiledRule } = require(join(root, 'dist', 'rules', 'compile.js'));
  const { writeAutomaton, AUTOMATON_FILE } = require(join(root, 'dist', 'rules', 'automaton-file.js'));
  const set = new RuleSet(files.flatMap((f) => f.rules).map((r) => new CompiledRule(r)));
  writeAutomaton(AUTOMATON_FILE, set.prefilter.automaton.snapshot());
  const count = files.reduce((n, f) => n + f.rules.length, 0);
  process.stderr.write(`build: ${files.length} rule files, ${count} rules bundled\n`);
} catch (err) {
  process.stderr.write(`build: rule files are invalid:\n${err.message}\n`);
  process.exit(1);
}
