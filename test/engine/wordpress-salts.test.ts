/**
 * A WordPress wp-config.php: its eight keys and salts, drawn at test time from the alphabet WordPress
 * draws them from (wp_generate_password(64, true, true)). Each is one finding of the WordPress rule,
 * also when the value happens to hold `{{`, `${`, `#{` or `$(` (once in 42 salts, such a value had been
 * taken for a template and dropped), and the sample file's placeholder phrase is none.
 */
import { Prng } from '../../src/rules/fake';
import { runInProcess } from '../helpers/cli';
import { tempDir, writeTree } from '../helpers/fs';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_ []{}<>~`+=,.;:/?|';
const NAMES = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];

/** Seeded, so that no run draws a value that holds a real template by chance (once in 215 salts). */
const prng = new Prng('wordpress-salts');

/** A salt as WordPress makes one, with `opener` and a run of symbols placed in its middle. */
function salt(opener = ''): string {
  const drawn = Array.from({ length: 64 }, () => ALPHABET[prng.int(ALPHABET.length)]).join('');
  return `${drawn.slice(0, 20)}${opener}${opener ? '*;~x^' : ''}${drawn.slice(20)}`.slice(0, 64);
}

async function scan(files: Record<string, string>): Promise<Array<{ path: string; ruleId: string; line: number; secret: string }>> {
  const dir = tempDir('tg-wordpress-');
  writeTree(dir, files);
  const r = await runInProcess(['scan', dir, '--format', 'json', '--show-secrets']);
  expect(r.code === 0 || r.code === 1).toBe(true);
  return (JSON.parse(r.stdout) as { findings: Array<{ path: string; ruleId: string; line: number; secret: string }> }).findings.map(({ path, ruleId, line, secret }) => ({
    path,
    ruleId,
    line,
    secret,
  }));
}

it('finds each of the eight keys and salts once, whatever punctuation they hold', async () => {
  const openers = ['{{', '${', '#{', '$(', '', '', '', ''];
  const salts = NAMES.map((_, i) => salt(openers[i]));
  const config = ['<?php', "define('DB_NAME', 'blog');", '', ...NAMES.map((n, i) => `define('${n}', '${salts[i]}');`), '', "$table_prefix = 'wp_';"].join('\n');
  const found = await scan({ 'wp-config.php': config });
  expect(found.sort((a, b) => a.line - b.line)).toEqual(NAMES.map((_, i) => ({ path: 'wp-config.php', ruleId: 'wordpress.security-key', line: 4 + i, secret: salts[i] })));
});

it('finds a salt given as the fallback of getenv(), and none in the sample file', async () => {
  const value = salt('{{');
  const found = await scan({
    'wp-config.php': `<?php\ndefine('NONCE_SALT', getenv('NONCE_SALT') ?: '${value}');\ndefine('AUTH_KEY', getenv('AUTH_KEY'));\n`,
    'wp-config-sample.php': `<?php\n${NAMES.map((n) => `define( '${n}', 'put your unique phrase here' );`).join('\n')}\n`,
  });
  expect(found).toEqual([{ path: 'wp-config.php', ruleId: 'wordpress.security-key', line: 2, secret: value }]);
});
