/**
 * Issue 9, item 11: control characters from file content, file names and author names reached the
 * terminal and the CI log raw: `\r` and ANSI escapes rewrite what the reader sees, and a line that
 * starts with `::` is a GitHub workflow command. Text output and every stderr line that quotes
 * repository data now escape them.
 */
import { fake } from '../helpers/fakes';
import { expectNothingLeaked, tg, tgProcess, Workspace } from './harness';

const ws = new Workspace();
afterAll(() => ws.cleanup());

const SECRET = fake('github.pat-classic', 'attack-term');
const ESC = '\u001b';

/** Raw controls, a bidi override, or a line a workflow runner would execute. */
function expectInert(text: string): void {
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  for (const line of text.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false);
}

describe('repository text is inert on the terminal and in CI logs', () => {
  it('file content, file names and author names in text output and on stderr', async () => {
    const repo = ws.repo({ 'README.md': 'x\n' });
    const base = ws.git(repo, 'rev-parse', 'HEAD').trim();
    const evilName = `::error file=x::pwned${ESC}[2J\r.env`;
    ws.write(repo, {
      'app.env': `TOKEN=${SECRET} \r${ESC}[2K${ESC}[32mall clean${ESC}[0m \u202eevil\n`,
      [evilName]: `GITHUB_TOKEN=${SECRET}\n`,
    });
    const author = { GIT_AUTHOR_NAME: `::warning::${ESC}]0;owned${'\u0007'}Mallory\r`, GIT_AUTHOR_EMAIL: `m${ESC}[31m@x` };
    const head = ws.commit(repo, 'leak', author);
    const env = ws.env();
    for (const args of [
      ['scan', '.', '--no-color'],
      ['scan', '--range', `${base}..${head}`, '--untrusted-head', '--no-color'],
      ['inventory', '--history'],
    ]) {
      const r = await tg(args, repo, env);
      if (r.code !== 1) throw new Error(`${args.join(' ')}: exit ${r.code}: ${JSON.stringify(r.stderr)}`);
      if (args[0] === 'scan') expect(r.stdout).toContain('\\x1b[2K');
      expectInert(r.stdout);
      expectInert(r.stderr);
      expectNothingLeaked({ result: r, secrets: [SECRET] });
    }
    // The pre-commit check names staged paths on stderr; the real binary writes them there.
    ws.write(repo, { [`${evilName}2`]: `GITHUB_TOKEN=${SECRET}\n` });
    ws.git(repo, 'add', '-A');
    const staged = await tgProcess(['scan', '--staged'], repo, env);
    expect(staged.code).toBe(1);
    expect(staged.stderr).toMatch(/Inspect: .*'::error file=x::pwned\\x1b\[2J\\x0d\.env2'/);
    expectInert(staged.stdout);
    expectInert(staged.stderr);
    expectNothingLeaked({ result: staged, secrets: [SECRET] });
  });
});
