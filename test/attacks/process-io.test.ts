/**
 * Issue 9, design: how the real process ends when its output cannot be written. A reader that closes
 * the pipe early (`tokenguard scan | head`) gets a quiet exit with the scan's own code; a report that
 * cannot be written (`-o /dev/full`, a missing folder, stdout on a full disk) is exit 2 with one line
 * naming it, never a Node stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BIN } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { expectNothingLeaked, tgProcess, Workspace } from './harness';

const ws = new Workspace();
afterAll(() => ws.cleanup());

/** Enough findings that the text report is far bigger than a pipe's buffer. */
function noisyTree(): { dir: string; secrets: string[] } {
  const secrets = Array.from({ length: 600 }, (_, i) => fake('github.pat-classic', `attack-pipe-${i}`));
  const dir = ws.write(ws.dir(), { 'many.env': secrets.map((s, i) => `TOKEN_${i}=${s}`).join('\n') + '\n' });
  return { dir, secrets };
}

/** Runs a shell pipeline with the real binary as $TG; returns the exit code of tokenguard itself. */
function pipeline(cwd: string, script: string): { code: number; stderr: string } {
  const r = spawnSync('bash', ['-c', `${script}; echo "tg=\${PIPESTATUS[0]}" >&2`], { cwd, env: ws.env({ TG: `${process.execPath} ${BIN}` }), encoding: 'utf8', timeout: 120_000 });
  const m = /tg=(\d+)\s*$/.exec(r.stderr);
  return { code: m ? Number(m[1]) : -1, stderr: r.stderr.replace(/tg=\d+\s*$/, '') };
}

const NO_TRACE = /\n\s+at |Error:|EPIPE|node:internal/;

describe('writing the report', () => {
  it("| head: exits quietly with the scan's own code", () => {
    const { dir, secrets } = noisyTree();
    const r = pipeline(dir, '$TG scan . --no-color | head -c 200 > /dev/null');
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(NO_TRACE);
    expect(secrets.some((s) => r.stderr.includes(s))).toBe(false);
  });

  it('stdout on a full disk, -o /dev/full and -o into a missing folder: exit 2 with one line naming where', async () => {
    const { dir, secrets } = noisyTree();
    for (const out of ['/dev/full', join(dir, 'no', 'such', 'report.json')]) {
      const r = await tgProcess(['scan', '.', '--format', 'json', '-o', out], dir, ws.env());
      expect(r.code).toBe(2);
      const errors = r.stderr.split('\n').filter((l) => l.startsWith('tokenguard: error:'));
      expect(errors).toEqual([`tokenguard: error: ${out}: cannot write report: ${out === '/dev/full' ? 'ENOSPC' : 'ENOENT'}`]);
      expect(r.stderr).not.toMatch(NO_TRACE);
      expectNothingLeaked({ result: r, secrets });
    }
    expect(existsSync(join(dir, 'no'))).toBe(false);
    const r = pipeline(dir, '$TG scan . --format json > /dev/full');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tokenguard: error: cannot write the report to standard output: ENOSPC$/m);
    expect(r.stderr).not.toMatch(NO_TRACE);
    expect(secrets.some((s) => r.stderr.includes(s))).toBe(false);
  });
});
