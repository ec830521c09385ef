#!/usr/bin/env node
// Compiles the TypeScript, then bundles the validated rule files into dist/rules.bundle.json (and the
// lighter dist/rules.scan.json) so a scan loads one JSON file instead of parsing YAML at start-up.
//
// `node scripts/build.js` (`npm run compile`) rebuilds this package's dist/ from scratch. check-dist.js
// builds elsewhere with buildPackage(stagePackage()): a folder that links to this package's sources, so
// the committed dist/ is never touched by a build that may fail or differ. All output goes to stderr.
//
// The script is not called `build`, and there is no `prepare`: npm installs a git dependency's dev
// dependencies and runs its scripts when it has either (pacote's git fetcher), which made an install from
// git (pre-commit 4.x, npm i github:…) fetch 500 packages and compile RE2 twice. dist/ is committed instead.
'use strict';
const { execFileSync } = require('node:child_process');
const { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { dirname, join, relative, sep } = require('node:path');

const ROOT = join(__dirname, '..');
// Documentation fields: what SARIF, `rules check` and the tests read, never the scan itself.
const DOC_FIELDS = ['description', 'references', 'examples', 'tags', 'fake', 'syntaxKey', 'syntaxExempt'];
/** What a package folder needs besides dist/ for the built code to run (rules, schemas, version, dependencies). */
const LINKED = ['rules', 'schema', 'package.json', 'node_modules'];

/** A folder (under `parent`) that links to this package's sources, to build a dist/ into. */
function stagePackage(parent = tmpdir()) {
  const dir = mkdtempSync(join(parent, '.dist-build-'));
  for (const name of LINKED) symlinkSync(join(ROOT, name), join(dir, name));
  return dir;
}

/** Bundles the rule files and the keyword automaton into `pkgDir`/dist, with the code just built there. */
function bundleRules(pkgDir) {
  const dist = join(pkgDir, 'dist');
  const { readRuleDir, RULES_DIR } = require(join(dist, 'rules', 'load.js'));
  const { windowSpan, lineLocal } = require(join(dist, 'engine', 'window.js'));
  const files = readRuleDir(RULES_DIR);
  // Worked out once here rather than in every process and worker: it draws each rule's examples.
  for (const f of files) {
    for (const r of f.rules) {
      r.windowSpan = windowSpan(r) ?? null;
      r.lineLocal = lineLocal(r);
    }
  }
  writeFileSync(join(dist, 'rules.bundle.json'), JSON.stringify(files));
  // The same rules without their documentation, about half the size: every scan (a pre-commit check
  // above all) parses it at start-up, and worker threads receive it.
  const strip = (r) => Object.fromEntries(Object.entries(r).filter(([k]) => !DOC_FIELDS.includes(k)));
  writeFileSync(join(dist, 'rules.scan.json'), JSON.stringify(files.map((f) => ({ ...f, rules: f.rules.map(strip) }))));
  // The keyword automaton of the built-in rules, built once here instead of in every process.
  const { RuleSet } = require(join(dist, 'engine', 'ruleset.js'));
  const { CompiledRule } = require(join(dist, 'engine', 'compiled-rule.js'));
  const { writeAutomaton } = require(join(dist, 'rules', 'automaton-file.js'));
  const set = new RuleSet(files.flatMap((f) => f.rules).map((r) => new CompiledRule(r)));
  writeAutomaton(join(dist, 'automaton.bin'), set.prefilter.automaton.snapshot());
  return { files: files.length, rules: files.reduce((n, f) => n + f.rules.length, 0) };
}

/**
 * Type-checks the whole project (tsconfig.json: sources, tests, benchmarks, scripts) as one program and
 * writes the sources' JavaScript and declarations into `dist`. One program instead of a build of src/
 * and a separate check of everything: the sources are checked once, which saves about 5 s of CPU in
 * every fresh `npm test`, and the output is byte for byte what `tsc -p` with `rootDir: src` writes.
 * Throws with tsc's messages on any error, in a test as much as in a source.
 */
function compile(dist) {
  const ts = require(require.resolve('typescript', { paths: [ROOT] }));
  const { config, error } = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const parsed = error ? { errors: [error] } : ts.parseJsonConfigFileContent(config, ts.sys, ROOT, { declaration: true, noEmit: false });
  const program = parsed.errors.length === 0 && ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  const failed = (diagnostics) => {
    const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' };
    return new Error(`tsc: ${diagnostics.length} error(s)\n${ts.formatDiagnostics(diagnostics, host)}`);
  };
  if (!program) throw failed(parsed.errors);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0) throw failed(diagnostics);
  // tsconfig.json's outDir mirrors the project (rootDir "."); the sources' part of it is dist.
  const emitted = join(parsed.options.outDir, 'src');
  const writeFile = (name, text) => {
    const dest = join(dist, relative(emitted, name));
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, text);
  };
  const src = join(ROOT, 'src') + sep;
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(src) || file.isDeclarationFile) continue;
    const result = program.emit(file, writeFile);
    if (result.diagnostics.length > 0) throw failed(result.diagnostics);
  }
}

/** Builds `pkgDir`/dist from scratch (this package's sources); throws when tsc or the rules fail. */
function buildPackage(pkgDir = ROOT) {
  const dist = join(pkgDir, 'dist');
  rmSync(dist, { recursive: true, force: true }); // no stale files from removed sources
  compile(dist);
  try {
    return bundleRules(pkgDir);
  } catch (err) {
    throw new Error(`rule files are invalid:\n${err.message}`);
  }
}

/** True when git tracks dist/ here (a release commits it); false outside a git checkout (an unpacked tarball). */
function distTracked() {
  try {
    return execFileSync('git', ['ls-files', '--', 'dist'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
  } catch {
    return false;
  }
}

module.exports = { ROOT, DOC_FIELDS, stagePackage, buildPackage, distTracked };

if (require.main === module) {
  try {
    const { files, rules } = buildPackage(ROOT);
    process.stderr.write(`build: ${files} rule files, ${rules} rules bundled\n`);
  } catch (err) {
    process.stderr.write(`build: ${err.message}\n`);
    process.exit(1);
  }
}
