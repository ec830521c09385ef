/** The changed lines of a new version of a file: what a history scan reads when it has the previous one. */
import { changedRegions, commonPrefix, commonSuffix } from '../../src/sources/git/changed-regions';
const B = (s: string) => Buffer.from(s);
const text = (child: Buffer, r: Array<[number, number]>) => r.map(([a, b]) => child.toString('latin1', a, b));
it('basic', () => {
  const lines = Array.from({ length: 100 }, (_, i) => `line ${i} some text here\n`);
  const parent = B(lines.join(''));
  const childLines = [...lines]; childLines.splice(50, 0, 'TOKEN=abc\n');
  const child = B(childLines.join(''));
  expect(commonPrefix(parent, child)).toBe(lines.slice(0, 50).join('').length);
  const r = changedRegions(parent, child);
  expect(r.length).toBe(1);
  const t = text(child, r)[0];
  expect(t).toContain('TOKEN=abc');
  expect(t.split('\n').length).toBeLessThan(10);
  expect(changedRegions(parent, parent)).toEqual([]);
  expect(changedRegions(B(''), child)).toEqual([[0, child.length]]);
  // deletion only
  const del = [...lines]; del.splice(10, 5);
  expect(text(B(del.join('')), changedRegions(parent, B(del.join('')))).join('').length).toBeLessThan(400);
});
it('refines big middles into the new lines', () => {
  const lines = Array.from({ length: 5000 }, (_, i) => `line ${i} some text here\n`);
  const parent = B(lines.join(''));
  const c = [...lines]; c[10] = 'NEW_A=1\n'; c[4900] = 'NEW_B=2\n';
  const child = B(c.join(''));
  const r = changedRegions(parent, child);
  const t = text(child, r).join('');
  expect(t).toContain('NEW_A=1'); expect(t).toContain('NEW_B=2');
  expect(t.length).toBeLessThan(1000);
});
it('grows to a PEM block', () => {
  const pem = (body: string) => `-----BEGIN RSA PRIVATE KEY-----\n${Array.from({ length: 20 }, () => body).join('\n')}\n-----END RSA PRIVATE KEY-----\n`;
  const before = 'a\nb\nc\n'.repeat(50);
  const parent = B(before + pem('A'.repeat(64)) + before);
  const child = B(before + pem('B'.repeat(64)) + before);
  const t = text(child, changedRegions(parent, child)).join('');
  expect(t).toContain('-----BEGIN RSA PRIVATE KEY-----');
  expect(t).toContain('-----END RSA PRIVATE KEY-----');
  expect(commonSuffix(parent, child, 0)).toBeGreaterThan(0);
});
