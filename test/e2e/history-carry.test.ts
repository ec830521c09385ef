/**
 * A history scan reads a version scanned by its changed lines only once: which secrets of the previous
 * version it still holds is looked up while its content is in hand (sources/git/carry.ts), instead of
 * reading it from git again at the end. The answers are pinned by hand on a file of many versions
 * (a secret that stays while other lines change and then moves down a line, one that leaves and comes
 * back, one whose line is edited around it, and a copy of a later version under another path), and
 * must be what settling by reading every version again gives (what happens to versions still in a
 * worker's batch when the next one is read).
 */
import { runScan, selectRules, type Source } from '../../src/index';
import { findRepo } from '../../src/sources/git/repo';
import { HistorySource } from '../../src/sources/history';
import type { SourceFragment } from '../../src/sources/types';
import { ChunkPool, FragmentBatch } from '../../src/scan/batch';
import { Workspace } from '../attacks/harness';
import { runInProcess } from '../helpers/cli';
import { fake } from '../helpers/fakes';

jest.setTimeout(120_000);
const ws = new Workspace();
afterAll(() => ws.cleanup());

const STAYS = fake('github.pat-classic', 'carry-stays');
const RETURNS = fake('gitlab.pat', 'carry-returns');
const EDITED = fake('stripe.secret-key-live', 'carry-edited');
const VERSIONS = 40;

/** Lines that never change: they keep the secrets out of each other's changed-line context. */
const filler = (from: number) => Array.from({ length: 8 }, (_, k) => `# option ${from + k} = value ${from + k}`);

/**
 * Version i: STAYS on line 2 (line 3 from version 20, when a line is inserted above it), BUILD changing
 * every time nine lines below it, RETURNS present in versions 5-11 and from 30, EDITED from version 8
 * with a comment on its line that changes every fourth version.
 */
function version(i: number): string {
  const lines = ['# service settings'];
  if (i >= 20) lines.push('# moved down by this line');
  lines.push(`GITHUB_TOKEN=${STAYS}`, ...filler(0), `BUILD=${i}`, ...filler(10));
  if ((i >= 5 && i < 12) || i >= 30) lines.push(`GITLAB_TOKEN=${RETURNS}`);
  lines.push(...filler(20));
  if (i >= 8) lines.push(`STRIPE_KEY=${EDITED} # rotated ${Math.floor(i / 4)}`);
  lines.push(...filler(30).slice(0, 3));
  return `${lines.join('\n')}\n`;
}

interface Seen {
  ruleId: string;
  path: string;
  line: number;
  column: number;
  commit: string;
  secret: string;
}

function build(): { repo: string; commits: string[] } {
  const repo = ws.repo({ 'README.md': '# app\n' });
  const commits: string[] = [];
  for (let i = 0; i < VERSIONS; i++) {
    const files: Record<string, string> = { 'config/service.env': version(i) };
    // Version 25's content again under another path: the same blob, reported there with its own position.
    if (i === 33) files['deploy/service.env'] = version(25);
    ws.write(repo, files);
    commits.push(ws.commit(repo, `version ${i}`));
  }
  return { repo, commits };
}

const { repo, commits } = build();

async function scan(threads: string): Promise<Seen[]> {
  const r = await runInProcess(['scan', '--history', '--format', 'json', '--show-secrets', '--threads', threads], { cwd: repo, env: ws.env() });
  expect(r.code).toBe(1);
  const report = JSON.parse(r.stdout) as { findings: Seen[]; summary: { complete: boolean } };
  expect(report.summary.complete).toBe(true);
  return report.findings.map(({ ruleId, path, line, column, commit, secret }) => ({ ruleId, path, line, column, commit, secret }));
}

const key = (f: Seen) => `${f.path}:${f.line}:${f.column}:${f.commit}:${f.ruleId}`;

/** Where each secret is reported (as `key` writes it), pinned by hand: the commit and position where it appeared. */
const REPORTED = [
  `config/service.env:2:14:${commits[0]}:github.pat-classic`,
  `config/service.env:20:14:${commits[5]}:gitlab.pat`,
  `config/service.env:29:12:${commits[8]}:stripe.secret-key-live`,
  `config/service.env:21:14:${commits[30]}:gitlab.pat`,
  `deploy/service.env:3:14:${commits[33]}:github.pat-classic`,
  `deploy/service.env:29:12:${commits[33]}:stripe.secret-key-live`,
].sort();

test('each secret is reported where it appeared, with the position it has there, and not again for every version', async () => {
  const found = await scan('0');
  // The copy (version 25 under deploy/) reports what that version holds, where it holds it.
  expect(found.map(key).sort()).toEqual(REPORTED);
  expect(new Set(found.map((f) => f.secret))).toEqual(new Set([STAYS, RETURNS, EDITED]));
});

test('settling while reading gives what reading every version again gives, without reading them again', async () => {
  const info = (await findRepo(repo))!;
  const spec = selectRules({});
  const source = () =>
    new HistorySource({ repo: info, cwd: repo, maxFileSize: 10 * 1024 * 1024, policy: () => 'scan' as const, selection: { kind: 'all' }, allObjects: false, profileOf: () => 'default' });
  const carrying = source();
  // The same source without the engine's reports of scanned items: no version's holdings are known while it is read.
  const rereading = source();
  const blind: Source = { kind: 'history', items: (l) => rereading.items(l), settle: (found, rescan) => rereading.settle(found, rescan) };
  const a = await runScan(carrying, { spec, threads: 0 });
  const b = await runScan(blind, { spec, threads: 0 });
  const diffs = (s: HistorySource) => s.lineage.events.filter((e) => e.mode === 'diff');
  expect(diffs(carrying).length).toBeGreaterThan(30);
  expect(diffs(carrying).every((e) => e.carry)).toBe(true);
  expect(diffs(rereading).some((e) => e.carry)).toBe(false);
  const seen = (r: typeof a) => r.findings.map((f) => `${f.path}:${f.line}:${f.column}:${f.startOffset}:${f.endLine}:${f.endColumn}:${f.commit}:${f.ruleId}:${f.secret}`).sort();
  expect(seen(a)).toEqual(seen(b));
  expect(a.findings.length).toBe(6);
});

test('fragments handed on unscanned past their version (as to a worker) are numbered from one, and their findings put at their lines at the end', async () => {
  const info = (await findRepo(repo))!;
  const spec = selectRules({});
  const history = new HistorySource({ repo: info, cwd: repo, maxFileSize: 10 * 1024 * 1024, policy: () => 'scan' as const, selection: { kind: 'all' }, allObjects: false, profileOf: () => 'default' });
  // Every fragment is kept (its bytes copied, as a worker batch copies them) until the walk is over, so
  // each version's memory is used again before any of its changed lines is scanned.
  const batch = new FragmentBatch(new ChunkPool());
  const late: Source = {
    kind: 'history',
    async *items(l) {
      for await (const item of history.items(l)) batch.add(item as SourceFragment);
      yield* batch.items;
    },
    scanned: (items, found) => history.scanned(items, found),
    settle: (found, rescan) => history.settle(found, rescan),
  };
  const r = await runScan(late, { spec, threads: 0 });
  expect(batch.items.filter((f) => f.offset > 0 && f.startLine === 1).length).toBeGreaterThan(30);
  const seen = (fs: typeof r.findings) => fs.map((f) => `${f.path}:${f.line}:${f.column}:${f.endLine}:${f.commit}:${f.ruleId}`).sort();
  const at = (i: number) => commits[i];
  expect(seen(r.findings)).toEqual(
    [
      `config/service.env:2:14:2:${at(0)}:github.pat-classic`,
      `config/service.env:20:14:20:${at(5)}:gitlab.pat`,
      `config/service.env:29:12:29:${at(8)}:stripe.secret-key-live`,
      `config/service.env:21:14:21:${at(30)}:gitlab.pat`,
      `deploy/service.env:3:14:3:${at(33)}:github.pat-classic`,
      `deploy/service.env:29:12:29:${at(33)}:stripe.secret-key-live`,
    ].sort(),
  );
  expect(r.ledger.problems).toEqual([]);
});

/** The history source with the engine's reports reaching it `lag` items late, and how often it hurried. */
function lagging(history: HistorySource, lag: number): { source: Source; hurried: () => number } {
  const late: Array<Parameters<NonNullable<Source['scanned']>>> = [];
  let hurried = 0;
  const source: Source = {
    kind: 'history',
    async *items(l) {
      for await (const item of history.items(l)) {
        yield item;
        if (history.hurry()) hurried++;
        while (late.length > lag) history.scanned(...late.shift()!);
      }
      for (const args of late.splice(0)) history.scanned(...args);
    },
    scanned: (items, found) => late.push([items, found]),
    settle: (found, rescan) => history.settle(found, rescan),
  };
  return { source, hurried: () => hurried };
}

const historyOf = async (cacheBytes?: number) =>
  new HistorySource({
    repo: (await findRepo(repo))!,
    cwd: repo,
    maxFileSize: 10 * 1024 * 1024,
    policy: () => 'scan' as const,
    selection: { kind: 'all' },
    allObjects: false,
    profileOf: () => 'default',
    cacheBytes,
  });

test('versions read while the previous one is still being scanned (a worker behind) are settled when its findings come in, not read again', async () => {
  const history = await historyOf();
  // Three items late: each version is read before its predecessor's findings are in.
  const { source, hurried } = lagging(history, 3);
  const r = await runScan(source, { spec: selectRules({}), threads: 0 });
  const diffs = history.lineage.events.filter((e) => e.mode === 'diff');
  expect(diffs.length).toBeGreaterThan(30);
  expect(diffs.every((e) => e.carry)).toBe(true);
  // A lineage that holds a secret asks for its findings early.
  expect(hurried()).toBeGreaterThan(10);
  expect(r.findings.map((f) => key({ ...f, commit: f.commit! })).sort()).toEqual(REPORTED);
});

test('a version whose bytes are forgotten before the findings it waits for come in is read again at the end, with the same report', async () => {
  // Every report arrives after the walk, and the cache holds about 20 versions: the early checks cannot be made.
  const history = await historyOf(16 * 1024);
  const r = await runScan(lagging(history, Infinity).source, { spec: selectRules({}), threads: 0 });
  const diffs = history.lineage.events.filter((e) => e.mode === 'diff');
  // Once one version of a lineage cannot be checked, none after it can: they are all left to the re-read.
  expect(diffs.filter((e) => !e.carry).length).toBeGreaterThan(30);
  expect(r.ledger.problems).toEqual([]);
  expect(r.findings.map((f) => key({ ...f, commit: f.commit! })).sort()).toEqual(REPORTED);
});
