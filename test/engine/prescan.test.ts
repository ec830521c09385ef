/**
 * The keyword pass run ahead of analysis (Prefilter.prescan, used by the detection worker for a batch):
 * what sift then gives must be what sift gives without it, each result is used once, and a later
 * prescan (or an empty one) leaves nothing of the earlier one behind. The expected answers come from a
 * second rule set that never prescans, and from counting the automaton's passes.
 */
import { analyze } from '../../src/engine/analyze';
import { buildRuleSet, selectRules } from '../../src/rules/registry';
import { frag } from '../helpers/engine';
import { fake } from '../helpers/fakes';

const spec = selectRules({});
const TEXTS = [
  `const config = {\n  apiKey: process.env.API_KEY,\n  password: "${'x'.repeat(4)}",\n};\n`,
  `GITHUB_TOKEN=${fake('github.pat-classic')}\n`,
  `# notes\nsee https://example.com/a%20b?token=${'Q'.repeat(30)}\n`,
  '',
  `aws_secret_access_key = ${'A1b2'.repeat(10)}\nsecret: ${Buffer.from('not a secret at all, just words').toString('base64')}\n`,
];

/** The parts of a sift result that the engine reads, as plain data. */
const plain = (s: ReturnType<ReturnType<typeof buildRuleSet>['sift']>) => ({
  rules: s.rules.map((r) => r.id),
  hits: [...s.hits].sort((a, b) => a[0] - b[0]),
  base64Runs: s.base64Runs,
  escapes: s.escapes,
});

describe('keyword pass ahead of analysis', () => {
  const fresh = buildRuleSet(spec);
  const ahead = buildRuleSet(spec);

  it('gives each fragment what sifting it alone gives', () => {
    const buffers = TEXTS.map((t) => Buffer.from(t));
    ahead.prescan(buffers);
    buffers.forEach((b, i) => expect(plain(ahead.sift(b, `f${i}.txt`))).toEqual(plain(fresh.sift(Buffer.from(TEXTS[i]), `f${i}.txt`))));
    // The test means something only if the texts meet keywords, runs and escapes at all.
    const all = buffers.map((b) => fresh.sift(b, 'x.txt'));
    expect(all.some((s) => s.rules.length > 0 && s.base64Runs.length > 0)).toBe(true);
    expect(all.some((s) => s.escapes.length > 0)).toBe(true);
  });

  it('runs the automaton once per fragment, and again only for bytes not passed ahead or already taken', () => {
    const passes = jest.spyOn(ahead.prefilter.automaton, 'scan');
    try {
      const buffers = TEXTS.map((t) => Buffer.from(t));
      ahead.prescan(buffers);
      expect(passes).toHaveBeenCalledTimes(TEXTS.length);
      for (const b of buffers) ahead.sift(b, 'a.txt');
      expect(passes).toHaveBeenCalledTimes(TEXTS.length);
      // Taken once: the same bytes sifted again are scanned again (and agree).
      expect(plain(ahead.sift(buffers[1], 'a.txt'))).toEqual(plain(fresh.sift(buffers[1], 'a.txt')));
      expect(passes).toHaveBeenCalledTimes(TEXTS.length + 1);
      // Equal bytes in another buffer are not the bytes passed ahead: identity, not content, is the key.
      ahead.prescan([buffers[0]]);
      ahead.sift(Buffer.from(TEXTS[0]), 'a.txt');
      expect(passes).toHaveBeenCalledTimes(TEXTS.length + 3);
      // An empty prescan drops what is left.
      ahead.prescan([]);
      ahead.sift(buffers[0], 'a.txt');
      expect(passes).toHaveBeenCalledTimes(TEXTS.length + 4);
    } finally {
      passes.mockRestore();
    }
  });

  it('finds the same secrets in a fragment analysed after a prescan', () => {
    const fragment = frag(TEXTS[1], 'deploy/.env');
    const expected = analyze(frag(TEXTS[1], 'deploy/.env'), fresh).map((f) => [f.ruleId, f.startOffset, f.secret]);
    expect(expected.length).toBeGreaterThan(0);
    ahead.prescan([fragment.bytes]);
    expect(analyze(fragment, ahead).map((f) => [f.ruleId, f.startOffset, f.secret])).toEqual(expected);
  });
});
