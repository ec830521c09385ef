/**
 * The build writes two rule bundles: the full one (rules check, SARIF, tests) and the scan bundle that
 * every scan parses at start-up. They must hold the same rules in the same order (the prebuilt keyword
 * automaton is shared), the scan bundle lacking only documentation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(__dirname, '..', '..', 'dist');
const DOC_FIELDS = ['description', 'references', 'examples', 'tags', 'fake', 'syntaxKey', 'syntaxExempt'];

const built = existsSync(join(DIST, 'rules.scan.json'));
(built ? describe : describe.skip)(`rule bundles${built ? '' : ' (skipped: no build; run npm run compile)'}`, () => {
  it('the scan bundle is the full bundle without documentation, in the same order', () => {
    type Files = Array<{ provider: string; rules: Array<Record<string, unknown>> }>;
    const full = JSON.parse(readFileSync(join(DIST, 'rules.bundle.json'), 'utf8')) as Files;
    const scan = JSON.parse(readFileSync(join(DIST, 'rules.scan.json'), 'utf8')) as Files;
    const strip = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => !DOC_FIELDS.includes(k)));
    expect(scan.map((f) => f.provider)).toEqual(full.map((f) => f.provider));
    expect(scan.flatMap((f) => f.rules)).toEqual(full.flatMap((f) => f.rules.map(strip)));
    expect(readFileSync(join(DIST, 'rules.scan.json')).length).toBeLessThan(readFileSync(join(DIST, 'rules.bundle.json')).length * 0.6);
  });
});
