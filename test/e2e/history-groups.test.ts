/**
 * Issue 12, item 4: a history scan repeated every secret once per file version. The text report and
 * SARIF now show one entry per fingerprint (rule, path, secret) with its first and last commit, its
 * count and whether HEAD still has it; JSON keeps every occurrence and adds the groups. The repository
 * has 50 versions of one file: a secret on a line that never changes while other lines do, a second
 * secret added at version 25, and a third that lives from version 10 to 19 only. The expectations are
 * about grouping, pinned to the JSON occurrences, not about how many occurrences the history walk yields.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../attacks/harness';
import { runInProcess } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { sarifErrors } from '../helpers/sarif';

jest.setTimeout(120_000);
const ws = new Workspace();
afterAll(() => ws.cleanup());

const STAYS = fake('github.pat-classic', 'groups-stays');
const MIDWAY = fake('stripe.secret-key-live', 'groups-midway');
const GONE = fake('gitlab.pat', 'groups-gone');
const VERSIONS = 50;

interface Occurrence {
  ruleId: string;
  fingerprint: string;
  commit: string;
  date: string;
  occurrences?: number;
}
interface Group {
  fingerprint: string;
  occurrences: number;
  firstCommit: string;
  lastCommit: string;
  inHead: boolean;
}

/** Version i of the file: the first secret on line 2 always, a counter line that changes every time. */
function version(i: number): string {
  return ['# service settings', `GITHUB_TOKEN=${STAYS}`, `BUILD=${i}`, ...(i >= 10 && i < 20 ? [`GITLAB_TOKEN=${GONE}`] : []), ...(i >= 25 ? [`STRIPE_KEY=${MIDWAY}`] : []), ''].join('\n');
}

/** The repository, and its commits oldest first. */
function build(): { repo: string; commits: string[] } {
  const repo = ws.repo({ 'README.md': '# app\n' });
  const commits: string[] = [];
  for (let i = 0; i < VERSIONS; i++) {
    ws.write(repo, { 'config/service.env': version(i) });
    // One day apart: first and last are by author date, as a person reads them.
    const date = new Date(Date.UTC(2024, 0, 1 + i)).toISOString();
    commits.push(ws.commit(repo, `version ${i}`, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }));
  }
  return { repo, commits };
}

describe('history grouped by fingerprint', () => {
  const { repo, commits } = build();
  let json: { findings: Occurrence[]; groups: Group[] };
  beforeAll(async () => {
    const r = await runInProcess(['scan', '--history', '--format', 'json'], { cwd: repo, env: ws.env() });
    expect(r.code).toBe(1);
    json = JSON.parse(r.stdout);
  });

  /** The JSON occurrences of each fingerprint, oldest first. */
  const byFingerprint = () => {
    const map = new Map<string, Occurrence[]>();
    for (const f of json.findings) map.set(f.fingerprint, [...(map.get(f.fingerprint) ?? []), f]);
    for (const list of map.values()) list.sort((a, b) => a.date.localeCompare(b.date));
    return map;
  };

  it('JSON keeps every occurrence and lists one group per fingerprint, its counts equal to the occurrences', () => {
    const occurrences = byFingerprint();
    expect(json.groups.map((g) => g.fingerprint).sort()).toEqual([...occurrences.keys()].sort());
    for (const g of json.groups) {
      const list = occurrences.get(g.fingerprint)!;
      expect(g.occurrences).toBe(list.length);
      expect(g.firstCommit).toBe(list[0].commit);
      expect(g.lastCommit).toBe(list[list.length - 1].commit);
      for (const f of list) expect(f.occurrences).toBe(list.length);
    }
    // Each secret is first seen where it was introduced, and only the one removed is gone from HEAD.
    const groupOf = (ruleId: string) => json.groups.find((g) => json.findings.find((f) => f.fingerprint === g.fingerprint)!.ruleId === ruleId)!;
    expect(groupOf('github.pat-classic')).toMatchObject({ firstCommit: commits[0], inHead: true });
    expect(groupOf('stripe.secret-key-live')).toMatchObject({ firstCommit: commits[25], inHead: true });
    expect(groupOf('gitlab.pat')).toMatchObject({ firstCommit: commits[10], inHead: false });
  });

  it('text shows one block per fingerprint with its first and last commit and its count', async () => {
    const r = await runInProcess(['scan', '--history', '--no-color'], { cwd: repo, env: ws.env() });
    expect(r.code).toBe(1);
    const blocks = r.stdout.split('\n\n').filter((b) => b.includes('fingerprint:'));
    expect(blocks).toHaveLength(json.groups.length);
    for (const g of json.groups) {
      const block = blocks.find((b) => b.includes(`fingerprint: ${g.fingerprint}`))!;
      if (g.occurrences > 1) {
        expect(block).toContain(`seen in:     ${g.occurrences} commits`);
        expect(block).toMatch(new RegExp(`first: +${g.firstCommit.slice(0, 12)} `));
        expect(block).toMatch(new RegExp(`last: +${g.lastCommit.slice(0, 12)} `));
      } else {
        expect(block).toMatch(new RegExp(`commit: +${g.firstCommit.slice(0, 12)} `));
      }
      expect(block).toContain(`in HEAD:     ${g.inHead ? 'yes' : 'no'}`);
    }
    for (const s of [STAYS, MIDWAY, GONE]) expect(r.stdout + r.stderr).not.toContain(s);
  });

  it('SARIF has one result per fingerprint, the other occurrences as related locations naming their commits', async () => {
    const out = join(ws.dir(), 'history.sarif');
    const r = await runInProcess(['scan', '--history', '--format', 'sarif', '--output', out], { cwd: repo, env: ws.env() });
    expect(r.code).toBe(1);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(sarifErrors(doc)).toEqual([]);
    const results = doc.runs[0].results as Array<{
      partialFingerprints: Record<string, string>;
      relatedLocations?: Array<{ id: number; properties: { commit: string } }>;
      properties: Record<string, unknown>;
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
    }>;
    expect(results.map((x) => x.partialFingerprints['tokenguard/v1']).sort()).toEqual(json.groups.map((g) => g.fingerprint).sort());
    const occurrences = byFingerprint();
    for (const res of results) {
      const list = occurrences.get(res.partialFingerprints['tokenguard/v1'])!;
      expect(res.locations[0].physicalLocation.artifactLocation.uri).toBe('config/service.env');
      const related = res.relatedLocations ?? [];
      expect(related).toHaveLength(Math.min(list.length - 1, 100));
      expect(new Set(related.map((x) => x.id)).size).toBe(related.length);
      expect(related.map((x) => x.properties.commit).sort()).toEqual(
        list
          .slice(0, -1)
          .reverse()
          .slice(0, 100)
          .map((f) => f.commit)
          .sort(),
      );
      if (list.length > 1) expect(res.properties).toMatchObject({ occurrences: list.length, firstCommit: list[0].commit, lastCommit: list[list.length - 1].commit });
    }
    expect(readFileSync(out, 'utf8')).not.toContain(STAYS);
  });
});
