/**
 * Issue 9, item 12: a SARIF run holds at most 25,000 results, and the cut kept the most severe in
 * report order, so 25,000 decoys (checksum-invalid lookalikes, or simply many tokens in one file that
 * sorts first) pushed the real secret out of what code scanning shows. Results are now ranked by
 * validity then severity, with at most 1,000 per file before any file gets more, and the run says
 * what was left out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fake } from '../helpers/fakes';
import { expectNothingLeaked, tgProcess, Workspace } from './harness';

jest.setTimeout(180_000);
const ws = new Workspace();
afterAll(() => ws.cleanup());

const LIMIT = 25_000;
const DECOYS = LIMIT + 50;
const REAL = fake('github.pat-classic', 'attack-flood-real');
const PASSWORD = 'Autumn-Leaves-1987'; // tokenguard:allow (a made-up test value)

let drawn: string[] | undefined;
/** DECOYS distinct valid tokens, drawn once for both floods (drawing them is most of a flood's cost). */
function validTokens(): string[] {
  return (drawn ??= Array.from({ length: DECOYS }, (_, i) => fake('github.pat-classic', `attack-flood-${i}`)));
}

/** A token of the same format whose checksum is wrong: the cheapest decoy there is. */
function lookalike(i: number): string {
  const t = validTokens()[i];
  const last = t[t.length - 1];
  return t.slice(0, -1) + (last === 'A' ? 'B' : 'A');
}

interface SarifRun {
  results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
  properties: { resultsOmitted: number; omittedByKind?: Record<string, number>; crowdedFiles?: Array<{ path: string; omitted: number }> };
}

/**
 * Scans in a child process, not in jest's worker: 25,050 findings leave the worker holding about 380 MB
 * more (638 MB against 260 MB after this file, run alone), which every later git child it forks copies.
 */
async function scanSarif(dir: string): Promise<{ run: SarifRun; stderr: string; code: number; out: string }> {
  const out = join(ws.dir(), 'report.sarif');
  const r = await tgProcess(['scan', '.', '--format', 'sarif', '--output', out], dir, ws.env());
  expectNothingLeaked({ result: r, secrets: [REAL, PASSWORD], written: [out] });
  return { run: JSON.parse(readFileSync(out, 'utf8')).runs[0], stderr: r.stderr, code: r.code, out };
}

const uris = (run: SarifRun) => run.results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);

describe('the SARIF cap cannot be flooded', () => {
  it('with checksum-invalid lookalikes: the valid token is kept, and the run says what was dropped', async () => {
    const decoys = Array.from({ length: DECOYS }, (_, i) => `T${i}=${lookalike(i)}`).join('\n');
    const dir = ws.write(ws.dir(), { 'a-decoys.env': `${decoys}\n`, 'z-real.env': `GITHUB_TOKEN=${REAL}\n` });
    const { run, stderr, code } = await scanSarif(dir);
    expect(code).toBe(1);
    expect(run.results).toHaveLength(LIMIT);
    expect(uris(run)).toContain('z-real.env');
    expect(run.properties.resultsOmitted).toBe(DECOYS + 1 - LIMIT);
    expect(run.properties.omittedByKind).toMatchObject({ checksumInvalid: DECOYS + 1 - LIMIT });
    expect(stderr).toMatch(/SARIF holds 25000 of \d+ findings .*; \d+ left out \(\d+ checksum-invalid lookalikes/);
  });

  it('with valid tokens crowding one file: a medium-severity password elsewhere is kept', async () => {
    const flood = validTokens()
      .map((t, i) => `T${i}=${t}`)
      .join('\n');
    const dir = ws.write(ws.dir(), { 'a-flood.env': `${flood}\n`, 'z-db.env': `DB_PASSWORD=${PASSWORD}\n` });
    const { run, stderr } = await scanSarif(dir);
    expect(run.results).toHaveLength(LIMIT);
    expect(uris(run)).toContain('z-db.env');
    expect(run.properties.crowdedFiles).toEqual([{ path: 'a-flood.env', omitted: DECOYS + 1 - LIMIT }]);
    expect(stderr).toMatch(/1 file\(s\) had more than 1000 results/);
  });
});
