/**
 * Issue 9, item 9: any small file that began with the Git LFS header line was skipped as an LFS
 * pointer, so `version https://git-lfs.github.com/spec/v1` followed by a token hid the token. Now only
 * a file in the whole pointer format (version, sorted `key value` lines with `oid sha256:<64 hex>` and
 * `size <digits>`, nothing else, under 1024 bytes) is skipped, in every source; anything else is scanned.
 */
import { createHash } from 'node:crypto';
import { fake } from '../helpers/fakes';
import { expectNothingLeaked, jsonOf, tg, Workspace } from './harness';

const ws = new Workspace();
afterAll(() => ws.cleanup());

const SECRET = fake('github.pat-classic', 'attack-lfs');
const HEADER = 'version https://git-lfs.github.com/spec/v1\n';
const OID = createHash('sha256').update('the real asset').digest('hex');
const POINTER = `${HEADER}oid sha256:${OID}\nsize 14\n`;

type Skipped = Array<{ path: string; reason: string }>;

describe('a file that only starts like an LFS pointer is scanned', () => {
  it.each([
    ['the header line, then the token', `${HEADER}GITHUB_TOKEN=${SECRET}\n`],
    ['a whole pointer with the token on an extra line', `${POINTER}x-note ${SECRET}\n`],
    ['a pointer whose size line holds the token', `${HEADER}oid sha256:${OID}\nsize 14 ${SECRET}\n`],
    ['a pointer followed by a blank line and the token', `${POINTER}\nGITHUB_TOKEN=${SECRET}\n`],
  ])('%s: reported in the working tree, the index and history (exit 1)', async (_name, content) => {
    const repo = ws.repo({ 'README.md': 'hello\n', 'assets/model.bin': POINTER });
    ws.write(repo, { 'assets/weights.bin': content });
    ws.git(repo, 'add', '-A');
    const staged = await tg(['scan', '--staged', '--format', 'json'], repo, ws.env());
    ws.commit(repo, 'add weights');
    for (const r of [staged, await tg(['scan', '.', '--format', 'json'], repo, ws.env()), await tg(['scan', '--history', '--format', 'json'], repo, ws.env())]) {
      expect(r.code).toBe(1);
      const report = jsonOf(r) as ReturnType<typeof jsonOf> & { skipped: Skipped };
      expect(report.findings.map((f) => `${f.ruleId} ${f.path}`)).toEqual(['github.pat-classic assets/weights.bin']);
      expect(report.skipped.filter((s) => s.path === 'assets/weights.bin')).toEqual([]);
      expectNothingLeaked({ result: r, secrets: [SECRET] });
    }
  });

  it('a real pointer (and one with an extension key) is still skipped and listed', async () => {
    const withExt = `${HEADER}ext-0-foo sha256:${OID}\noid sha256:${OID}\nsize 14\n`;
    const repo = ws.repo({ 'assets/model.bin': POINTER, 'assets/ext.bin': withExt });
    for (const args of [
      ['scan', '.'],
      ['scan', '--history'],
    ]) {
      const r = await tg([...args, '--format', 'json'], repo, ws.env());
      expect(r.code).toBe(0);
      const skipped = (jsonOf(r) as unknown as { skipped: Skipped }).skipped;
      expect(skipped).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: 'assets/model.bin', reason: 'lfs-pointer' }), expect.objectContaining({ path: 'assets/ext.bin', reason: 'lfs-pointer' })]),
      );
    }
  });
});
