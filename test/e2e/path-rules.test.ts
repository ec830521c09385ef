/**
 * Rules that flag a file by its name (a PKCS#12 bundle, a Java keystore) whatever its bytes: in the
 * working tree once per file, in history once per commit that brings a version of it, and for a file
 * skipped as too large as well. The scan looks a path up against these rules once and remembers it.
 */
import { randomBytes } from 'node:crypto';
import { runInProcess } from '../helpers/cli';
import { commitAll, gitRepo, writeTree } from '../helpers/fs';

async function findings(args: string[], cwd: string): Promise<string[]> {
  const r = await runInProcess(['scan', '.', '--format', 'json', ...args], { cwd });
  expect(r.code).toBe(1);
  const report = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; path: string; commit?: string }> };
  return report.findings.map((f) => `${f.ruleId} ${f.path}${f.commit ? ` ${f.commit}` : ''}`).sort();
}

test('a keystore is reported by name: per file in the tree, per commit that changes it in history, also when too large to read', async () => {
  const repo = gitRepo({ 'keys/server.p12': randomBytes(3000), 'README.md': '# keys\n' });
  const first = commitAll(repo, 'first');
  writeTree(repo, { 'keys/server.p12': randomBytes(3100), 'java/app.jks': randomBytes(200_000), 'README.md': '# keys, again\n' });
  const second = commitAll(repo, 'second');
  expect(await findings(['--max-file-size', '100KB'], repo)).toEqual(['keystore.java java/app.jks', 'keystore.pkcs12 keys/server.p12']);
  expect(await findings(['--history', '--max-file-size', '100KB'], repo)).toEqual(
    [`keystore.java java/app.jks ${second}`, `keystore.pkcs12 keys/server.p12 ${first}`, `keystore.pkcs12 keys/server.p12 ${second}`].sort(),
  );
});
