/**
 * Runs the steps of action.yml the way GitHub's runner would: each `run:` script under bash, in its
 * `working-directory`, with its `env:` and `${{ … }}` expressions filled from a context (inputs, the
 * github context, earlier steps' outputs), GITHUB_OUTPUT files read back into steps.ID.outputs. `uses:`
 * steps (actions/cache) cannot run here and report no outputs, as a cache miss would.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './cli';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}

interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { steps: Step[] };
}

/** action.yml, parsed. */
export function actionYml(): Action {
  const YAML = require('yaml') as typeof import('yaml');
  return YAML.parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;
}

/** What a run of the steps left behind. */
export interface ActionRun {
  /** Exit code of the last step that ran (a failing step stops the run, as on GitHub). */
  code: number;
  /** stdout and stderr of every step, in order. */
  log: string;
  outputs: Record<string, Record<string, string>>;
  /** The steps that ran, by id or name. */
  ran: string[];
}

/** Everything a run may set: inputs, the github context (event, sha, workspace), and the environment. */
export interface ActionContext {
  inputs?: Record<string, string>;
  github: { workspace: string; event?: Record<string, unknown>; sha?: string };
  env: NodeJS.ProcessEnv;
  /** Only run these steps (by id or name); default all. */
  only?: string[];
  /** Where the action lives (GITHUB_ACTION_PATH); default this checkout. */
  actionPath?: string;
}

/** `${{ expr }}` for the expressions action.yml uses: inputs.X, github.X.Y, steps.ID.outputs.X. */
function evaluate(expr: string, ctx: Record<string, unknown>): string {
  let value: unknown = ctx;
  for (const part of expr.trim().split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value === undefined || value === null ? '' : String(value);
}

function fill(text: string, ctx: Record<string, unknown>): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr: string) => evaluate(expr, ctx));
}

/** Parses a GITHUB_OUTPUT file (name=value lines). */
function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/** Runs action.yml's steps (or some of them) with bash, as the runner would. */
export function runAction(c: ActionContext): ActionRun {
  const action = actionYml();
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) inputs[name] = c.inputs?.[name] ?? spec.default ?? '';
  const steps: Record<string, { outputs: Record<string, string> }> = {};
  const actionPath = c.actionPath ?? ROOT;
  const ctx = { inputs, github: { action_path: actionPath, ...c.github }, steps, runner: { os: 'Linux', arch: 'X64' } };
  const tmp = mkdtempSync(join(tmpdir(), 'tg-action-'));
  const run: ActionRun = { code: 0, log: '', outputs: {}, ran: [] };
  try {
    for (const [i, step] of action.runs.steps.entries()) {
      const key = step.id ?? step.name ?? `step${i}`;
      if (c.only && !c.only.includes(key)) continue;
      if (!step.run) {
        if (step.id) steps[step.id] = { outputs: {} };
        continue;
      }
      const output = join(tmp, `output-${i}`);
      writeFileSync(output, '');
      const env: NodeJS.ProcessEnv = { ...c.env, GITHUB_ACTION_PATH: actionPath, GITHUB_WORKSPACE: c.github.workspace, GITHUB_OUTPUT: output, RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' };
      for (const [k, v] of Object.entries(step.env ?? {})) env[k] = fill(v, ctx);
      const cwd = join(c.github.workspace, fill(step['working-directory'] ?? '.', ctx));
      const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', fill(step.run, ctx)], { cwd, env, encoding: 'utf8', timeout: 300_000 });
      run.ran.push(key);
      run.log += `${r.stdout}${r.stderr}`;
      if (step.id) steps[step.id] = { outputs: readOutputs(output) };
      run.code = r.status ?? -1;
      if (run.code !== 0) break;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  run.outputs = Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, v.outputs]));
  return run;
}

/** A PATH whose `npx` runs the real CLI (bin/tokenguard.js) with the arguments after "tokenguard". */
export function npxOnPath(dir: string, body = `exec "${process.execPath}" "${join(ROOT, 'bin', 'tokenguard.js')}" "$@"`): string {
  const shim = join(dir, 'npx');
  writeFileSync(shim, `#!/bin/bash\nwhile [ "$#" -gt 0 ] && [ "$1" != tokenguard ]; do shift; done; shift\n${body}\n`, { mode: 0o755 });
  return `${dir}:${process.env.PATH ?? ''}`;
}
