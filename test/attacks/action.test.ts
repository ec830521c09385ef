/**
 * Issue 9, item 6 (the Action) and the pull-request path of the Action: the scan step's `run:` script,
 * taken from action.yml with the yaml package, runs under bash with GitHub-like variables. A crash
 * (an OOM abort, SIGKILL) or a run that wrote no SARIF used to count as success; now only 0, and 1
 * with fail-on-findings: false, pass. On a pull request the script passes --untrusted-head, so the
 * pull request's own suppressions do not apply.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { Workspace } from './harness';

const ws = new Workspace();
afterAll(() => ws.cleanup());

const SECRET = fake('github.pat-classic', 'attack-action');

/** The scan step's script, as GitHub would run it. */
function scanScript(): string {
  const YAML = require('yaml') as typeof import('yaml');
  const action = YAML.parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { steps: Array<{ id?: string; run: string }> } };
  return action.runs.steps.find((s) => s.id === 'scan')!.run;
}

/** A PATH whose `npx` runs `body` (bash) with the tokenguard arguments in "$@". */
function npxShim(body: string): string {
  const bin = ws.dir('tg-npx-');
  const shim = join(bin, 'npx');
  // The real step runs `npx --prefix DIR tokenguard ARGS`; drop everything up to "tokenguard".
  writeFileSync(shim, `#!/bin/bash\nwhile [ "$#" -gt 0 ] && [ "$1" != tokenguard ]; do shift; done; shift\n${body}\n`);
  chmodSync(shim, 0o755);
  return `${bin}:${process.env.PATH ?? ''}`;
}

const REAL = `exec "${process.execPath}" "${BIN}" "$@"`;

interface StepResult {
  code: number;
  log: string;
  outputs: string;
  sarif?: string;
}

/** Runs the scan step in `cwd` with the given inputs and event variables. */
function runStep(cwd: string, vars: Record<string, string>, npx = REAL): StepResult {
  const outputs = join(ws.dir('tg-gh-'), 'output');
  writeFileSync(outputs, '');
  const env = ws.env({
    PATH: npxShim(npx),
    GITHUB_ACTION_PATH: ROOT,
    GITHUB_OUTPUT: outputs,
    TG_MODE: 'range',
    TG_RANGE: '',
    TG_SARIF: 'tokenguard.sarif',
    TG_FAIL: 'true',
    TG_ARGS: '',
    PR_BASE: '',
    PR_HEAD: '',
    PUSH_BEFORE: '',
    PUSH_AFTER: '',
    ...vars,
  });
  const r = spawnSync('bash', ['-c', scanScript()], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  const sarif = join(cwd, env.TG_SARIF!);
  return { code: r.status ?? -1, log: `${r.stdout}${r.stderr}`, outputs: readFileSync(outputs, 'utf8'), sarif: existsSync(sarif) ? readFileSync(sarif, 'utf8') : undefined };
}

/** A pull request that adds a secret and every self-suppression it can. */
function pullRequest(): { repo: string; base: string; head: string } {
  const repo = ws.repo({ 'README.md': 'x\n' });
  const base = ws.git(repo, 'rev-parse', 'HEAD').trim();
  ws.write(repo, {
    '.tokenguardrc.yaml': "allowlist:\n  paths: ['app.env']\nrules:\n  disable: [github.pat-classic]\n",
    'app.env': `GITHUB_TOKEN=${SECRET} # tokenguard:allow\n`,
  });
  return { repo, base, head: ws.commit(repo, 'add deploy token') };
}

describe('the Action scan step', () => {
  it('on a pull request reads settings from the base: the leak fails the step, the SARIF is written', () => {
    const { repo, base, head } = pullRequest();
    // On a push the same script does not distrust the head: the repository's (pushed) config applies.
    const args = join(ws.dir(), 'args');
    const push = runStep(repo, { PUSH_BEFORE: base, PUSH_AFTER: head }, `printf '%s\\n' "$@" > ${JSON.stringify(args)}; ${REAL}`);
    expect(readFileSync(args, 'utf8')).not.toContain('--untrusted-head');
    expect(push.code).toBe(0);
    const step = runStep(repo, { PR_BASE: base, PR_HEAD: head });
    expect(step.code).toBe(1);
    expect(step.outputs).toContain('exit-code=1');
    const sarif = JSON.parse(step.sarif!);
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain('github.pat-classic');
    expect(step.sarif).not.toContain(SECRET);
    expect(step.log).not.toContain(SECRET);
  });

  it('with fail-on-findings: false, findings pass and the SARIF stays', () => {
    const { repo, base, head } = pullRequest();
    const step = runStep(repo, { PR_BASE: base, PR_HEAD: head, TG_FAIL: 'false' });
    expect(step.code).toBe(0);
    expect(step.sarif).toContain('github.pat-classic');
  });

  it.each([
    ['killed by SIGKILL (137), nothing written', 'kill -KILL $$'],
    ['an OOM abort (134) after a partial SARIF', 'for a in "$@"; do if [ "$prev" = --output ]; then printf "{" > "$a"; fi; prev=$a; done; kill -ABRT $$'],
    ['exit 2 (incomplete scan)', 'exit 2'],
    ['exit 3 (unexpected)', 'exit 3'],
  ])('fails the step when tokenguard is %s, even with fail-on-findings: false', (_name, npx) => {
    const { repo, base, head } = pullRequest();
    const step = runStep(repo, { PR_BASE: base, PR_HEAD: head, TG_FAIL: 'false' }, npx);
    expect(step.code).not.toBe(0);
    expect(step.log).toMatch(/::error::tokenguard did not finish \(exit code \d+\)/);
  });

  it('fails the step when tokenguard exits 0 but wrote no SARIF, and a stale SARIF does not count', () => {
    const { repo, base, head } = pullRequest();
    writeFileSync(join(repo, 'tokenguard.sarif'), '{"version": "2.1.0", "runs": [{"results": []}]}');
    const step = runStep(repo, { PR_BASE: base, PR_HEAD: head }, 'exit 0');
    expect(step.code).toBe(2);
    expect(step.log).toMatch(/::error::tokenguard exited 0 but wrote no SARIF report/);
  });
});
