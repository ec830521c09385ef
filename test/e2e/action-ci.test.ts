/**
 * Issue 12, items 2, 5 and 8: the Action's steps from action.yml, run under bash with GitHub's
 * variables (GITHUB_ACTIONS, GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT) on repositories
 * built here. A SARIF run now shows its findings in the log, as `::error` annotations and in the step
 * summary; with `path: services/api` the SARIF URIs and annotations are relative to the repository
 * root and range mode scans only that subtree; a new-branch push says it falls back to the whole
 * history; the Node.js check fails clearly on an old Node.js. The install step runs against a copy of
 * the action's lockfile with an `npm` that records what it was asked (installing for real into this
 * checkout is not an option; the install times are measured by hand, see the README).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Workspace } from '../attacks/harness';
import { npxOnPath, runAction, type ActionRun } from '../helpers/action';
import { runInProcess } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { sarifErrors } from '../helpers/sarif';

jest.setTimeout(120_000);
const ws = new Workspace();
afterAll(() => ws.cleanup());

/** GitHub's escaping for workflow commands (actions/toolkit, command.ts): data, then properties. */
const ghData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProperty = (s: string) => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const API = fake('github.pat-classic', 'action-api');
const WEB = fake('github.pat-classic', 'action-web');
const OLD = fake('github.pat-classic', 'action-old');
const SECRETS = [API, WEB, OLD];

interface Sarif {
  runs: Array<{
    originalUriBaseIds: Record<string, { uri?: string }>;
    results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }> }>;
  }>;
}

/** A repository with a services/api and a services/web folder, its first commit holding no secret. */
function monorepo(): { repo: string; base: string } {
  const repo = ws.repo({ 'README.md': '# mono\n', 'services/api/README.md': 'api\n', 'services/web/README.md': 'web\n' });
  return { repo, base: ws.git(repo, 'rev-parse', 'HEAD').trim() };
}

/** Runs the Node.js check and the scan step in `path` of `repo`, with GitHub's variables. */
function scanStep(repo: string, inputs: Record<string, string>, event: Record<string, unknown> = {}, sha = ''): ActionRun & { summary: string; sarif?: Sarif; sarifText: string } {
  const summary = join(ws.dir('tg-summary-'), 'summary.md');
  writeFileSync(summary, '');
  const env = ws.env({ PATH: npxOnPath(ws.dir('tg-npx-')), GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
  const run = runAction({ inputs, github: { workspace: repo, event, sha }, env, only: ['node', 'scan'] });
  const sarifFile = join(repo, inputs.sarif ?? 'tokenguard.sarif');
  const sarifText = existsSync(sarifFile) ? readFileSync(sarifFile, 'utf8') : '';
  return { ...run, summary: readFileSync(summary, 'utf8'), sarif: sarifText ? JSON.parse(sarifText) : undefined, sarifText };
}

const uris = (s?: Sarif) => (s?.runs[0].results ?? []).map((r) => r.locations[0].physicalLocation.artifactLocation.uri).sort();

function expectNoSecrets(...texts: string[]): void {
  for (const t of texts) for (const s of SECRETS) expect(t).not.toContain(s);
}

describe('the Action with path: services/api', () => {
  it('worktree mode: SARIF URIs, annotations and the step summary name files from the repository root', () => {
    const { repo } = monorepo();
    const file = 'config/a,b:c%d.env';
    const text = `# api\nGITHUB_TOKEN=${API}\n`;
    ws.write(join(repo, 'services/api'), { [file]: text });
    const step = scanStep(repo, { mode: 'worktree', path: 'services/api' });
    expect(step.code).toBe(1);
    expect(step.outputs.scan['exit-code']).toBe('1');
    // The report lands in the workspace (where upload-sarif looks), not in services/api.
    expect(step.outputs.scan.sarif).toBe(join(repo, 'tokenguard.sarif'));
    expect(sarifErrors(step.sarif)).toEqual([]);
    expect(uris(step.sarif)).toEqual([`services/api/${encodeURIComponent('a,b:c%d.env').replace(/^/, 'config/')}`]);
    expect(step.sarif!.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
    expect(step.sarif!.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(repo).href}/`);

    const col = text.split('\n')[1].indexOf(API) + 1;
    const annotations = step.log.split('\n').filter((l) => l.startsWith('::error '));
    expect(annotations).toHaveLength(1);
    const props = `file=${ghProperty(`services/api/${file}`)},line=2,col=${col},endColumn=${col + API.length},title=${ghProperty('tokenguard: GitHub personal access token (classic)')}`;
    expect(annotations[0].startsWith(`::error ${props}::`)).toBe(true);
    expect(annotations[0]).toContain(ghData(`github.pat-classic: ghp_…${API.slice(-2)} (${API.length} chars)`));

    // The compact list: stdout carried nothing (the report went to a file), so stderr lists the finding.
    expect(step.log).toMatch(new RegExp(`tokenguard: findings:\\n  critical  github\\.pat-classic  config/a,b:c%d\\.env:2:${col}  ghp_…`));
    expect(step.summary).toMatch(/^### tokenguard: 1 finding\n\n\| Severity \| Rule \| Location \| Secret \| Verified \|\n\| --- \| --- \| --- \| --- \| --- \|\n/);
    expect(step.summary).toContain(`| critical | github.pat-classic | services/api/config/a,b:c%d.env:2 | ghp\\_…${API.slice(-2)} \\(40 chars\\) | not checked |`);
    expectNoSecrets(step.log, step.summary, step.sarifText);
  });

  it("range mode scans only the commits' changes under the path, with repository-root URIs", async () => {
    const { repo, base } = monorepo();
    ws.write(repo, { 'services/api/app.env': `GITHUB_TOKEN=${API}\n`, 'services/web/app.env': `GITHUB_TOKEN=${WEB}\n` });
    const head = ws.commit(repo, 'add tokens');
    const step = scanStep(repo, { mode: 'range', path: 'services/api' }, { pull_request: { base: { sha: base }, head: { sha: head } } });
    expect(step.code).toBe(1);
    expect(uris(step.sarif)).toEqual(['services/api/app.env']);
    expect(step.log).toMatch(/^::error file=services\/api\/app\.env,line=1,col=14,/m);
    expect(step.summary).toContain('services/api/app.env:1');
    expect(step.summary).not.toContain('services/web');
    // The same through the CLI: the subtree limits the walk, and the whole range still has both.
    const json = async (path: string) => JSON.parse((await runInProcess(['scan', path, '--range', `${base}..${head}`, '--format', 'json'], { cwd: repo, env: ws.env() })).stdout);
    expect((await json('services/api')).findings.map((f: { path: string }) => f.path)).toEqual(['services/api/app.env']);
    expect((await json('.')).findings.map((f: { path: string }) => f.path).sort()).toEqual(['services/api/app.env', 'services/web/app.env']);
    expectNoSecrets(step.log, step.summary, step.sarifText);
  });

  it('a new-branch push says so and scans the whole history of the path', () => {
    const { repo } = monorepo();
    ws.write(repo, { 'services/api/old.env': `GITHUB_TOKEN=${OLD}\n` });
    ws.commit(repo, 'an old token');
    ws.write(repo, { 'services/api/old.env': '# moved to the vault\n' });
    const head = ws.commit(repo, 'remove it');
    const step = scanStep(repo, { mode: 'range', path: 'services/api' }, { before: '0'.repeat(40) }, head);
    expect(step.log).toMatch(/^::notice title=tokenguard::a new branch was pushed \(no previous commit to compare with\), so the whole history is scanned instead of a range$/m);
    expect(step.code).toBe(1);
    expect(uris(step.sarif)).toEqual(['services/api/old.env']);
    expect(step.summary).toMatch(/\| Severity \| Rule \| Location \| Commits \| Secret \| Verified \|/);
    expect(step.summary).toMatch(/\| services\/api\/old\.env:1 \| commit [0-9a-f]{12}, history only \|/);
    expectNoSecrets(step.log, step.summary, step.sarifText);
  });
});

describe('the Action in a crowded repository', () => {
  it('annotates the 10 GitHub shows and says how many more; log list and summary are capped', () => {
    const { repo } = monorepo();
    const count = 105;
    const lines = Array.from({ length: count }, (_, i) => `T${i}=${fake('github.pat-classic', `action-crowd-${i}`)}`);
    ws.write(repo, { 'tokens.env': `${lines.join('\n')}\n` });
    const step = scanStep(repo, { mode: 'worktree' });
    expect(step.code).toBe(1);
    const log = step.log.split('\n');
    expect(log.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(log).toContain(`::warning title=tokenguard::${ghData(`${count - 10} more findings are not annotated (GitHub shows 10 per step): see the step summary and the log`)}`);
    expect(log.filter((l) => /^ {2}critical {2}github\.pat-classic {2}tokens\.env:/.test(l))).toHaveLength(20);
    expect(log).toContain(`  … and ${count - 20} more (all of them are in the report)`);
    expect(step.summary.split('\n').filter((l) => l.startsWith('| critical |'))).toHaveLength(100);
    expect(step.summary).toContain(`… and ${count - 100} more: see the report.`);
  });
});

describe('the install step', () => {
  /** An action folder with this lockfile, with or without a prebuilt dist/, and an `npm` that logs its arguments. */
  function setup(prebuilt: boolean) {
    const actionPath = ws.dir('tg-action-path-');
    ws.write(actionPath, { 'package-lock.json': readFileSync(join(__dirname, '..', '..', 'package-lock.json')) });
    if (prebuilt) ws.write(actionPath, { 'dist/cli/main.js': '', 'dist/rules.bundle.json': '[]' });
    const bin = ws.dir('tg-npm-');
    const calls = join(bin, 'calls');
    // `npm ci` makes node_modules (as the real one would); `npm run compile` makes dist/.
    writeFileSync(
      join(bin, 'npm'),
      `#!/bin/bash
echo "npm $*" >> ${JSON.stringify(calls)}
if [ "$1" = ci ]; then mkdir -p node_modules; fi
if [ "$1" = run ]; then mkdir -p dist/cli && touch dist/cli/main.js; fi
`,
      { mode: 0o755 },
    );
    const run = () => runAction({ github: { workspace: ws.dir() }, env: ws.env({ PATH: `${bin}:${process.env.PATH}` }), only: ['node', 'Install tokenguard'], actionPath });
    return { run, calls: () => (existsSync(calls) ? readFileSync(calls, 'utf8').trim().split('\n') : []) };
  }

  it("with a prebuilt dist/: runtime dependencies only, no install scripts but RE2's; a second use reuses them", () => {
    const { run, calls } = setup(true);
    expect(run().code).toBe(0);
    expect(calls()).toEqual(['npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error', 'npm rebuild re2 --no-audit --no-fund --loglevel=error']);
    const again = run();
    expect(again.code).toBe(0);
    expect(again.log).toContain('tokenguard: dependencies already installed');
    expect(calls()).toHaveLength(2);
  });

  it('without one: a full npm ci and the build, and it says why', () => {
    const { run, calls } = setup(false);
    const r = run();
    expect(r.code).toBe(0);
    expect(r.log).toContain('no prebuilt dist/');
    expect(calls()).toEqual(['npm ci --no-audit --no-fund --loglevel=error', 'npm run --silent compile']);
  });
});

describe('the Node.js check', () => {
  it.each([
    ['v18.19.0', false],
    ['v20.16.1', false],
    ['v20.17.0', true],
    ['v22.3.0', true],
  ])('node %s: %s', (version, ok) => {
    const bin = ws.dir('tg-node-');
    // A `node` that reports an old version and otherwise defers to the real one.
    writeFileSync(join(bin, 'node'), `#!/bin/bash\nif [ "$1" = --version ]; then echo ${version}; exit 0; fi\nexec "${process.execPath}" "$@"\n`, { mode: 0o755 });
    const run = runAction({ github: { workspace: ws.dir() }, env: ws.env({ PATH: `${bin}:${process.env.PATH}` }), only: ['node'] });
    if (ok) {
      expect(run.code).toBe(0);
      expect(run.outputs.node.key).toMatch(/^tokenguard-Linux-X64-node\d+-(prod|full)-[0-9a-f]{20}$/);
    } else {
      expect(run.code).toBe(2);
      expect(run.log).toContain(`::error title=tokenguard::Node.js ${version} is too old; tokenguard needs Node.js 20.17 or newer`);
    }
  });

  it('asks for the version package.json declares', () => {
    const engines = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).engines.node;
    expect(engines).toBe('>=20.17');
  });
});
