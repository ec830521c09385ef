/**
 * Promise 1, redaction: a canary secret planted in a repository never reaches stdout, stderr or any file
 * tokenguard writes (report, baseline, audit log) in any command, format or error path, neither raw nor
 * base64-, hex- or percent-encoded, unless --show-secrets is given. The matrix calls main() in-process
 * (runInProcess), which also records anything written to the real process streams (`stray`), and that is
 * checked too; test/e2e/spawned.test.ts runs the real binary once per command.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runInProcess, type CliResult } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { commitAll, git, gitRepo, tempDir, writeTree } from '../helpers/fs';

const CANARY = fake('github.pat-classic', 'eng-redaction');
const STRIPE = fake('stripe.secret-key-live', 'eng-redaction');
const b64 = (s: string) => Buffer.from(s).toString('base64');
const pct = (s: string) => [...Buffer.from(s)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/** Every form of a secret that must not be shown: raw, base64 (unpadded, so it matches inside runs), hex, percent-encoded. */
function forms(secret: string): Record<string, string> {
  return { raw: secret, base64: b64(secret).replace(/=+$/, ''), hex: Buffer.from(secret).toString('hex'), url: pct(secret) };
}

/** Six-character windows of the part of a secret redaction hides (after the prefix, before the last two). */
function hiddenWindows(secret: string, prefix: string): string[] {
  const out: string[] = [];
  for (let i = prefix.length; i + 6 <= secret.length - 2; i++) out.push(secret.slice(i, i + 6));
  return out;
}

/** Names of the forms of either canary that occur in `text`; "partial" is a quote cut mid-secret. */
function leaks(text: string): string[] {
  const out: string[] = [];
  for (const [who, secret, prefix] of [
    ['CANARY', CANARY, 'ghp_'],
    ['STRIPE', STRIPE, 'sk_live_'],
  ]) {
    for (const [name, form] of Object.entries(forms(secret))) if (text.includes(form)) out.push(`${who}.${name}`);
    if (!out.includes(`${who}.raw`) && hiddenWindows(secret, prefix).some((w) => text.includes(w))) out.push(`${who}.partial`);
  }
  return out;
}

// The canary file has no trailing newline; the stripe file holds the same secret plain, base64- and
// percent-encoded, and (line 4) a base64 copy beside the plain one that decoding off never reports.
const FILES = {
  'config/app.env': `GITHUB_TOKEN=${CANARY}`,
  'deploy/keys.txt': `stripe=${STRIPE}\nbackup=${b64(STRIPE)}\nurl=https://pay.example.test/hook?k=${pct(STRIPE)}&v=1\nboth=${STRIPE} ${b64(STRIPE)}\n`,
};
/** Findings those files give: canary 1; stripe plain twice (lines 1, 4), base64 twice (lines 2, 4), url once. */
const EXPECTED_FINDINGS = 6;

/** A repository with the GitHub canary committed (history) and the Stripe file staged, plus a folder for written files. */
function setup() {
  const repo = gitRepo({ 'config/app.env': FILES['config/app.env'] });
  commitAll(repo, 'add canary');
  writeTree(repo, { 'deploy/keys.txt': FILES['deploy/keys.txt'] });
  git(repo, 'add', '-A');
  return { repo, out: tempDir('tg-redact-out-') };
}

/** Runs the CLI and returns its streams plus every file it wrote under `out`. */
async function runAll(args: string[], cwd: string, out: string, input?: string): Promise<{ r: CliResult; texts: string[] }> {
  const r = await runInProcess(args, { cwd, input });
  const files = existsSync(out) ? readdirSync(out).map((f) => readFileSync(join(out, f), 'utf8')) : [];
  return { r, texts: [r.stdout, r.stderr, r.stray ?? '', ...files] };
}

const FORMATS = ['text', 'json', 'sarif'] as const;
const SCANS: Array<[string, string[], boolean?]> = [
  ['worktree', ['scan', '.']],
  ['staged', ['scan', '--staged']],
  ['history', ['scan', '--history']],
  ['stdin', ['scan', '--stdin', '--stdin-name', 'keys.txt'], true],
  ['decoding off', ['scan', '.', '--decode-depth', '0']],
];

describe('redaction across commands, formats and outputs', () => {
  const shared = setup();
  // Each test collects the files it writes in a folder of its own, so one leak fails one test.
  let ctx = shared;
  beforeEach(() => (ctx = { repo: shared.repo, out: tempDir('tg-redact-out-') }));

  it('has canaries the scanner really finds, in every encoded form, with --show-secrets', async () => {
    const { r } = await runAll(['scan', '.', '--show-secrets', '--format', 'json'], ctx.repo, ctx.out);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary.findings).toBe(EXPECTED_FINDINGS);
    expect(report.findings.map((f: { secret: string }) => f.secret).sort()).toEqual([CANARY, ...Array(5).fill(STRIPE)].sort());
    expect(report.findings.map((f: { encoding?: string[] }) => f.encoding?.[0] ?? 'plain').sort()).toEqual(['base64', 'base64', 'plain', 'plain', 'plain', 'url']);
    // Without this the leak checks below could pass because the canaries were never looked at. (The
    // percent-encoded line is longer than the text report's context, so it is checked through JSON above.)
    const text = await runAll(['scan', '.', '--show-secrets'], ctx.repo, ctx.out);
    expect(leaks(text.r.stdout)).toEqual(expect.arrayContaining(['CANARY.raw', 'STRIPE.raw', 'STRIPE.base64']));
  });

  for (const [name, args, stdin] of SCANS) {
    for (const format of FORMATS) {
      it(`scan ${name}, ${format}, to stdout and to --output: no form of either canary`, async () => {
        const input = stdin ? FILES['deploy/keys.txt'] + FILES['config/app.env'] : undefined;
        const toStdout = await runAll([...args, '--format', format], ctx.repo, ctx.out, input);
        const file = join(ctx.out, `${name.replace(/ /g, '-')}.${format}`);
        const toFile = await runAll([...args, '--format', format, '--output', file], ctx.repo, ctx.out, input);
        expect([toStdout.r.code, toFile.r.code]).toEqual([1, 1]);
        expect(leaks([...toStdout.texts, ...toFile.texts].join('\n'))).toEqual([]);
        expect(readFileSync(file, 'utf8').length).toBeGreaterThan(0);
      });
    }
  }

  it('baseline create, to stdout and to a file', async () => {
    const file = join(ctx.out, 'baseline.json');
    const a = await runAll(['baseline', 'create', '.'], ctx.repo, ctx.out);
    const b = await runAll(['baseline', 'create', '.', '--history', '--output', file], ctx.repo, ctx.out);
    expect([a.r.code, b.r.code]).toEqual([0, 0]);
    expect(JSON.parse(a.r.stdout).entries.length).toBeGreaterThan(0);
    expect(leaks([...a.texts, ...b.texts].join('\n'))).toEqual([]);
  });

  it('rules list with the canary allowlisted in the config (text and json)', async () => {
    const dir = tempDir('tg-redact-cfg-');
    writeTree(dir, { 'allow.yaml': `allowlist:\n  regexes: ['^${CANARY}$']\n` });
    const cfg = join(dir, 'allow.yaml');
    for (const format of ['text', 'json']) {
      const r = await runInProcess(['rules', 'list', '--config', cfg, '--format', format], { cwd: ctx.repo });
      expect(r.code).toBe(0);
      expect(leaks(r.stdout + r.stderr + (r.stray ?? ''))).toEqual([]);
    }
  });

  it('scan --verify against an unreachable endpoint, with a failing hook and an audit log', async () => {
    const hookCfg = join(tempDir('tg-redact-cfg-'), 'hooks.yaml');
    writeTree(join(hookCfg, '..'), { 'hooks.yaml': 'hooks:\n  - on: finding\n    run: "echo \\"$TOKENGUARD_SECRET\\"; echo \\"$TOKENGUARD_SECRET\\" >&2; exit 3"\n    passSecret: true\n' });
    for (const format of FORMATS) {
      const args = ['scan', '.', '--config', hookCfg, '--verify', '--endpoint', 'github=http://127.0.0.1:1', '--run-hooks', '--audit-log', join(ctx.out, 'audit.log')];
      const a = await runAll([...args, '--format', format], ctx.repo, ctx.out);
      const b = await runAll([...args, '--format', format, '--output', join(ctx.out, `verify.${format}`)], ctx.repo, ctx.out);
      expect(a.r.code).toBe(2); // the hook failed
      expect(a.r.stderr).toMatch(/FAILED/);
      expect(leaks([...a.texts, ...b.texts].join('\n'))).toEqual([]);
    }
    const audit = readFileSync(join(ctx.out, 'audit.log'), 'utf8');
    expect(audit).toMatch(/"action":"verify"/);
    expect(audit).toMatch(/"action":"hook"/);
  });

  it('reports written inside the scanned tree add no findings when it is scanned again', async () => {
    const before = JSON.parse((await runInProcess(['scan', '.', '--format', 'json'], { cwd: ctx.repo })).stdout).summary.findings;
    for (const format of FORMATS) await runInProcess(['scan', '.', '--format', format, '--output', `report-out.${format}`], { cwd: ctx.repo });
    await runInProcess(['baseline', 'create', '.', '--output', 'report-out.baseline'], { cwd: ctx.repo });
    const after = JSON.parse((await runInProcess(['scan', '.', '--format', 'json'], { cwd: ctx.repo })).stdout);
    expect(before).toBe(EXPECTED_FINDINGS);
    expect(after.summary.findings).toBe(before);
    expect(after.summary.files).toBeGreaterThan(2); // the reports themselves were read
  });
});

describe('redaction in error paths', () => {
  const ctx = setup();

  /** Runs with a config file holding `text`; the run must fail with exit 2 and leak nothing. */
  async function configError(name: string, text: string, extra: string[] = []): Promise<string> {
    const dir = tempDir('tg-redact-cfg-');
    writeTree(dir, { [name]: text });
    const r = await runInProcess(['scan', '.', '--config', join(dir, name), ...extra], { cwd: ctx.repo });
    expect(r.code).toBe(2);
    expect(leaks(r.stdout + r.stderr + (r.stray ?? ''))).toEqual([]);
    return r.stderr;
  }

  it('config errors that would quote the canary: bad allowlist regex, unknown key and value, parse errors', async () => {
    expect(await configError('a.yaml', `allowlist:\n  regexes: ['${CANARY}(']\n`)).toMatch(/allowlist\.regexes\[0\]: RE2 cannot compile/);
    expect(await configError('b.yaml', `tokens: ${CANARY}\n`)).toMatch(/tokens: unknown key/);
    expect(await configError('c.yaml', `${CANARY}: ${STRIPE}\n`)).toMatch(/unknown key/);
    expect(await configError('d.yaml', `rules:\n  disable: ['${CANARY}']\n`)).toMatch(/rules\.disable\[0\]/);
    // Parsers quote the text around the fault, cut mid-secret where no rule can recognise it any more.
    expect(await configError('e.json', `{"allowlist": ${CANARY}}`)).toMatch(/invalid JSON/);
    expect(await configError('f.json', `{"allowlist": "${CANARY}\n"}`)).toMatch(/invalid JSON/);
    expect(await configError('g.yaml', `a: [\nb: "${CANARY}${STRIPE}\n`)).toMatch(/invalid YAML/);
    expect(await configError('h.yaml', `a: b\n  c: ${CANARY}\n`)).toMatch(/invalid YAML/);
    expect(await configError('i.json', `{"maxFileSize": "${CANARY}"}`)).toMatch(/maxFileSize/);
  });

  it('flag errors that echo the canary', async () => {
    for (const args of [['--endpoint', `github=${CANARY}`, '--verify'], ['--max-file-size', CANARY], ['--format', CANARY], [`--${CANARY}`], [CANARY]]) {
      const r = await runInProcess(['scan', ...args], { cwd: ctx.repo });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/error/);
      expect(leaks(r.stdout + r.stderr + (r.stray ?? ''))).toEqual([]);
    }
  });

  it('a history scan that stops midway (an unknown revision) in every format, and --show-secrets reveals it', async () => {
    for (const format of FORMATS) {
      for (const flag of ['--since', '--range']) {
        const rev = flag === '--since' ? CANARY : `${CANARY}..HEAD`;
        const r = await runInProcess(['scan', '--history', flag, rev, '--format', format], { cwd: ctx.repo });
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/INCOMPLETE|unknown revision/);
        expect(leaks(r.stdout + r.stderr + (r.stray ?? ''))).toEqual([]);
      }
    }
    const shown = await runInProcess(['scan', '--history', '--since', CANARY, '--show-secrets'], { cwd: ctx.repo });
    expect(shown.stderr).toContain(CANARY);
  });
});
