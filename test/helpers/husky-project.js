'use strict';
/**
 * A project set up the way husky 9 leaves it after `npm install` (its `prepare: husky` script), without
 * needing husky itself: core.hooksPath is .husky/_, each git hook there hands over to a runner that puts
 * node_modules/.bin first on PATH and runs the user's .husky/<hook> with `sh -e`. Shared by the tests
 * and `npm run bench` (bench/hook.js), so both time and check the hook as husky 9 runs it.
 */
const { execFileSync } = require('node:child_process');
const { chmodSync, mkdirSync, symlinkSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

/** Husky 9's runner, in behaviour: a missing user hook is no hook; otherwise `sh -e` with node_modules/.bin on PATH. */
const RUNNER = `#!/bin/sh
hook=$(basename "$0")
script=$(dirname "$(dirname "$0")")/$hook
[ -f "$script" ] || exit 0
PATH="node_modules/.bin:$PATH" sh -e "$script" "$@"
code=$?
[ $code = 0 ] || echo "husky - $hook script failed (code $code)"
exit $code
`;

/** Writes .husky/_ (the runner and a pre-commit that calls it) and points core.hooksPath at it. */
function initHusky(dir, env) {
  const underscore = join(dir, '.husky', '_');
  mkdirSync(underscore, { recursive: true });
  writeFileSync(join(underscore, '.gitignore'), '*\n');
  writeFileSync(join(underscore, 'h'), RUNNER);
  writeFileSync(join(underscore, 'pre-commit'), '#!/bin/sh\n. "$(dirname "$0")/h"\n', { mode: 0o755 });
  chmodSync(join(underscore, 'pre-commit'), 0o755);
  execFileSync('git', ['config', 'core.hooksPath', '.husky/_'], { cwd: dir, env });
}

/** package.json with husky 9 listed, and (when `bin` is given) tokenguard installed as npm would link it. */
function writeHuskyPackage(dir, bin) {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', private: true, scripts: { prepare: 'husky' }, devDependencies: { husky: '^9.1.7', tokenguard: '^0.1.0' } }, null, 2) + '\n');
  writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
  if (!bin) return;
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(bin, join(dir, 'node_modules', '.bin', 'tokenguard'));
}

module.exports = { RUNNER, initHusky, writeHuskyPackage };
