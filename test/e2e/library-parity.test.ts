/**
 * The library API and the CLI report the same findings: one real git repository with a baseline, an
 * ignore file, inline markers (the default one and a config's extra one) and an info-level identifier,
 * scanned by `tokenguard scan` (in-process main()) and by runScan with its `suppress` option.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, runScan, selectRules, WorktreeSource } from '../../src/index';
import { runInProcess } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { commitAll, gitRepo, writeTree } from '../helpers/fs';

jest.setTimeout(60_000);

const NEW = fake('github.pat-classic', 'parity-new');
const ACCEPTED = fake('github.pat-classic', 'parity-baseline');
const IGNORED = fake('github.pat-classic', 'parity-ignored');
const MARKED = fake('github.pat-classic', 'parity-marked');
const OTHER_MARKER = fake('github.pat-classic', 'parity-other-marker');
const PUBLIC = fake('mapbox.public-token', 'parity-info');

interface Seen {
  ruleId: string;
  path: string;
  line: number;
  fingerprint: string;
}
const seen = (f: Seen) => ({ ruleId: f.ruleId, path: f.path, line: f.line, fingerprint: f.fingerprint });

async function cliScan(repo: string, ...args: string[]) {
  const r = await runInProcess(['scan', '.', '-f', 'json', ...args], { cwd: repo });
  return { code: r.code, report: JSON.parse(r.stdout) as { findings: Seen[]; summary: { suppressed: Record<string, number> } } };
}

test('runScan with `suppress` reports what `tokenguard scan` reports, suppression counts included', async () => {
  const repo = gitRepo({ '.tokenguardrc.yaml': 'ignoreComments:\n  - "gitleaks:allow"\n', 'app.env': `OLD_TOKEN=${ACCEPTED}\n` });
  // The baseline accepts the secret already there; everything after it is new.
  const created = await runInProcess(['baseline', 'create', '.', '-o', '.tokenguard-baseline.json'], { cwd: repo });
  expect(created.code).toBe(0);
  writeTree(repo, {
    'app.env':
      [
        `OLD_TOKEN=${ACCEPTED}`,
        `NEW_TOKEN=${NEW}`,
        `FIXTURE_TOKEN=${IGNORED}`,
        `MARKED_TOKEN=${MARKED} # tokenguard:allow`,
        `MIGRATED_TOKEN=${OTHER_MARKER} # gitleaks:allow`,
        `MAPBOX_TOKEN=${PUBLIC}`,
      ].join('\n') + '\n',
  });
  const everything = await cliScan(repo, '--no-suppress', '--min-severity', 'info');
  const ignored = everything.report.findings.find((f) => f.line === 3)!;
  expect(everything.report.findings.map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6]);
  writeFileSync(join(repo, '.tokenguardignore'), `${ignored.fingerprint} # test fixture\n`);
  commitAll(repo, 'suppressions of every kind');

  const cli = await cliScan(repo);
  expect(cli.code).toBe(1);
  // Only the new secret: the baseline, the ignore file, both markers and the minimum severity took the rest.
  expect(cli.report.findings.map((f) => f.line)).toEqual([2]);

  const { config } = await loadConfig({ from: repo });
  const source = new WorktreeSource(repo, { maxFileSize: 10_000_000, policy: () => 'scan' });
  const lib = await runScan(source, { spec: selectRules(config), threads: 0, suppress: { target: repo } });
  expect(lib.findings.map(seen)).toEqual(cli.report.findings.map(seen));
  expect(lib.suppressed).toEqual(cli.report.summary.suppressed);
  expect(lib.suppressed).toEqual({ allowlist: 0, inline: 2, ignoreFile: 1, baseline: 1 });
});
