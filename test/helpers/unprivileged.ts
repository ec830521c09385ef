/**
 * Permission tests need a user the kernel checks permissions for. As root (CI containers) the CLI runs
 * as "nobody" instead; as anyone else it runs as itself.
 */
import { spawn } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cleanEnv, type CliResult } from './cli';
import { trackedTempDir } from './temp';

const NOBODY = 65534;

export function runCliUnprivileged(args: string[], cwd = tmpdir()): Promise<CliResult> {
  const home = trackedTempDir('tg-nobody-');
  chmodSync(home, 0o777);
  const asRoot = process.getuid?.() === 0;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: cleanEnv({ HOME: home, XDG_CONFIG_HOME: join(home, '.config') }),
      ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
    child.stdin.end();
  });
}
