/**
 * A JavaScript config runs code when it is loaded. One found in the scanned tree is refused unless the
 * user passes --trust-repo-config; --no-code-config refuses every JavaScript config, and the GitHub
 * Action passes it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers/cli';
import { tempDir, writeTree } from '../helpers/fs';

test('a found tokenguard.config.js is refused without running it (by default and with --no-code-config); --trust-repo-config loads it', async () => {
  const dir = tempDir('tg-codecfg-');
  const marker = join(tempDir('tg-marker-'), 'ran');
  writeTree(dir, { 'tokenguard.config.js': `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); module.exports = {};\n`, 'a.txt': 'hello\n' });
  const refused = await runCli(['scan', dir, '--no-code-config']);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toMatch(/tokenguard\.config\.js: a JavaScript config runs code when loaded; refused/);
  expect(existsSync(marker)).toBe(false);
  const untrusted = await runCli(['scan', dir]);
  expect(untrusted.code).toBe(2);
  expect(untrusted.stderr).toMatch(/tokenguard\.config\.js: a JavaScript config runs code when loaded; refused \(a config in the scanned tree; pass --trust-repo-config/);
  expect(existsSync(marker)).toBe(false);
  const trusted = await runCli(['scan', dir, '--trust-repo-config']);
  expect(trusted.code).toBe(0);
  expect(existsSync(marker)).toBe(true);
});

test('a YAML config still loads with --no-code-config, and the GitHub Action passes the flag', async () => {
  const dir = tempDir('tg-codecfg-');
  writeTree(dir, { '.tokenguardrc.yaml': 'maxFileSize: 1MB\n', 'a.txt': 'hello\n' });
  expect((await runCli(['scan', dir, '--no-code-config'])).code).toBe(0);
  expect(readFileSync(join(ROOT, 'action.yml'), 'utf8')).toMatch(/tokenguard scan \. --no-code-config/);
});
