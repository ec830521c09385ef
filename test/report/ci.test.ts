/**
 * The CI outputs of a scan (issue 12, item 2): workflow-command escaping pinned to GitHub's rules
 * (actions/toolkit command.ts: data escapes %, CR and LF; properties also ":" and ","), Markdown cells
 * that cannot break the table, and, run in-process across formats and destinations, where the compact
 * list, the annotations and the step summary appear.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../attacks/harness';
import { commandData, commandProperty, markdownCell } from '../../src/report/ci';
import { runInProcess } from '../helpers/cli';
import { fake } from '../helpers/fakes';

const ws = new Workspace();
afterAll(() => ws.cleanup());

describe('workflow-command escaping', () => {
  it('data: %, CR and LF are percent-encoded, in that order (so %0A in the text stays literal)', () => {
    expect(commandData('100% done\r\nnext %0A')).toBe('100%25 done%0D%0Anext %250A');
    expect(commandData('a: b, c')).toBe('a: b, c');
  });

  it('properties: also ":" and ","', () => {
    expect(commandProperty('dir,x/a:b%.env')).toBe('dir%2Cx/a%3Ab%25.env');
    expect(commandProperty('line\none')).toBe('line%0Aone');
  });

  it('other control characters become visible escapes instead of reaching the log', () => {
    expect(commandData('a\x1b[31mb\u202ec')).toBe('a\\x1b[31mb\\u{202e}c');
  });
});

describe('Markdown cells', () => {
  it('cannot end the cell, start HTML or add formatting', () => {
    // The line break becomes a visible \x0a, whose backslash is escaped in turn so Markdown shows it.
    expect(markdownCell('a|b <script>`x`*y*_z_ [l](u)\n')).toBe('a\\|b &lt;script&gt;\\`x\\`\\*y\\*\\_z\\_ \\[l\\]\\(u\\)\\\\x0a');
  });
});

describe('where the findings show, by format and destination', () => {
  const SECRET = fake('github.pat-classic', 'ci-matrix');
  const dir = ws.write(ws.dir(), { 'app.env': `GITHUB_TOKEN=${SECRET}\n` });
  const cases: Array<[string, string[], boolean]> = [
    ['text to stdout', [], false],
    ['text to a file', ['--output', 'r.txt'], true],
    ['json to stdout', ['--format', 'json'], true],
    ['json to a file', ['--format', 'json', '--output', 'r.json'], true],
    ['sarif to stdout', ['--format', 'sarif'], true],
    ['sarif to a file', ['--format', 'sarif', '--output', 'r.sarif'], true],
  ];

  it.each(cases)('%s', async (_name, args, listed) => {
    const summary = join(ws.dir(), 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const outside = await runInProcess(['scan', '.', ...args], { cwd: dir, env: ws.env() });
    const actions = await runInProcess(['scan', '.', ...args], { cwd: dir, env: ws.env({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary }) });
    for (const r of [outside, actions]) {
      expect(r.code).toBe(1);
      expect(r.stderr.includes('tokenguard: findings:\n  critical  github.pat-classic  app.env:1:14  ghp_…')).toBe(listed);
      expect(r.stdout + r.stderr).not.toContain(SECRET);
    }
    // Annotations only on GitHub Actions, on stderr (stdout may be the report).
    expect(outside.stderr).not.toMatch(/^::/m);
    expect(actions.stderr).toMatch(/^::error file=app\.env,line=1,col=14,endColumn=54,title=tokenguard%3A GitHub personal access token \(classic\)::github\.pat-classic: /m);
    expect(actions.stdout).not.toMatch(/^::/m);
    // The summary is appended to, never overwritten.
    const md = readFileSync(summary, 'utf8');
    expect(md.startsWith('# earlier step\n### tokenguard: 1 finding\n')).toBe(true);
    expect(md).not.toContain(SECRET);
  });

  it('--show-secrets does not put the secret in annotations or the step summary', async () => {
    const summary = join(ws.dir(), 'summary.md');
    const r = await runInProcess(['scan', '.', '--show-secrets', '--format', 'json'], { cwd: dir, env: ws.env({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary }) });
    expect(r.stdout).toContain(SECRET);
    expect(r.stderr).not.toContain(SECRET);
    expect(readFileSync(summary, 'utf8')).not.toContain(SECRET);
  });

  it('a clean scan writes one line to the summary and annotates nothing', async () => {
    const clean = ws.write(ws.dir(), { 'a.txt': 'nothing here\n' });
    const summary = join(ws.dir(), 'summary.md');
    const r = await runInProcess(['scan', '.', '--format', 'sarif', '--output', 'r.sarif'], { cwd: clean, env: ws.env({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary }) });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/^::|tokenguard: findings/m);
    expect(readFileSync(summary, 'utf8')).toMatch(/^### tokenguard: no secrets found\n\n\d+ files? scanned\.\n$/);
  });
});
