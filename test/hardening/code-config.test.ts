/**
 * A JavaScript config runs code when cosmiconfig loads it. On untrusted repositories (a fork's pull
 * request) --no-code-config refuses it before anything is loaded, and the GitHub Action passes it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers/cli';
import { tempDir, writeTree } from '../helpers/fs';

test('--no-code-config refuses a found tokenguard.config.js without running it; without it, the config loads', async () => {
  const dir = tempDir('tg-codecfg-');
  const marker = join(tempDir('tg-marker-'), 'ran');
  writeTree(dir, { 'tokenguard.config.js': `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); module.exports = {};\n`, 'a.txt': 'hello\n' });
  const refused = await runCli(['scan', dir, '--no-code-config']);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toMatch(/tokenguard\.config\.js: a JavaScript config runs code when loaded; refused/);
  expect(existsSync(marker)).toBe(false);
  const trusted = await runCli(['scan', dir]);
  expect(trusted.code).toBe(0);
  expect(existsSync(marker)).toBe(true);
});

test('a YAML config still loads with --no-code-config, and the GitHub Action passes the flag', async () => {
  const dir = tempDir('tg-codecfg-');
  writeTree(dir, { '.tokenguardrc.yaml': 'maxFileSize: 1MB\n', 'a.txt': 'hello\n' });
  expect((await runCli(['scan', dir, '--no-code-config'])).code).toBe(0);
  expect(readFileSync(join(ROOT, 'action.yml'), 'utf8')).toMatch(/tokenguard scan \. --no-code-config/);
});
