/**
 * A history lists every version of a skipped file (a lockfile changed in hundreds of commits): the text
 * report names each path and reason once, with how many versions; JSON keeps every entry.
 */
import { jsonReporter } from '../../src/report/json';
import { buildReport } from '../../src/report/model';
import { textReporter } from '../../src/report/text';
import type { Reporter } from '../../src/report/types';
import { ScanLedger } from '../../src/sources/types';

function render(reporter: Reporter): string {
  const ledger = new ScanLedger();
  for (let i = 0; i < 3; i++) ledger.skip('package-lock.json', 'lockfile', 1000 + i, `${i}`.repeat(40));
  ledger.skip('assets/video.bin', 'too-large', 50_000_000, 'a'.repeat(40));
  ledger.skip('package-lock.json', 'too-large', 20_000_000, 'b'.repeat(40));
  const report = buildReport({ source: 'history', findings: [], ledger, dropped: {}, durationMs: 1 }, new Map(), false, '/repo');
  const chunks: string[] = [];
  reporter.write(report, (c) => chunks.push(c));
  return chunks.join('');
}

it('names each skipped path and reason once, in first-seen order, with the number of versions', () => {
  expect(render(textReporter())).toBe(['Skipped 5 file(s):', '  package-lock.json (lockfile, 3 versions)', '  assets/video.bin (too-large)', '  package-lock.json (too-large)', ''].join('\n'));
});

it('keeps every version in JSON, with its commit', () => {
  const skipped = (JSON.parse(render(jsonReporter)) as { skipped: Array<{ path: string; commit?: string }> }).skipped;
  expect(skipped.filter((s) => s.path === 'package-lock.json').map((s) => s.commit)).toEqual(['0'.repeat(40), '1'.repeat(40), '2'.repeat(40), 'b'.repeat(40)]);
});
