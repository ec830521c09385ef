/**
 * The keyword automaton (src/engine/automaton.ts) against a naive search written here from its contract:
 * every occurrence of every keyword (ASCII case folded, overlapping ones included), every maximal run of
 * base64/base64url characters of MIN_BASE64_RUN or more with up to two '=' of padding, and every '%'
 * followed by two hex digits. fast-check draws keywords and texts from small alphabets, so keywords
 * overlap, nest and repeat, and runs and escapes sit next to them.
 */
import fc from 'fast-check';
import { KeywordAutomaton, MIN_BASE64_RUN, type AutomatonHits } from '../../src/engine/automaton';
import { builtinRuleFiles, rulesOf } from '../../src/rules/load';

const B64 = new Set('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-');
const HEX = new Set('0123456789abcdefABCDEF');
/** ASCII case folding only: 'A'-'Z' to 'a'-'z'. */
const fold = (b: number) => (b >= 65 && b <= 90 ? b + 32 : b);

/** Every start offset of `keyword` in `bytes`, comparing case-folded bytes at each position. */
function naiveOccurrences(bytes: Buffer, keyword: string): number[] {
  const k = Buffer.from(keyword, 'utf8');
  const out: number[] = [];
  for (let p = 0; p + k.length <= bytes.length; p++) {
    let i = 0;
    while (i < k.length && fold(bytes[p + i]) === fold(k[i])) i++;
    if (i === k.length) out.push(p);
  }
  return out;
}

/** The automaton's contract, the slow way. */
function naive(keywords: readonly string[], bytes: Buffer): AutomatonHits {
  const found = new Map<number, number[]>();
  keywords.forEach((k, id) => {
    const at = naiveOccurrences(bytes, k);
    if (at.length > 0) found.set(id, at);
  });
  const runs: Array<[number, number]> = [];
  const text = bytes.toString('latin1');
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && B64.has(text[j])) j++;
    if (j - i >= MIN_BASE64_RUN) {
      let end = j;
      while (end < text.length && end < j + 2 && text[end] === '=') end++;
      runs.push([i, end]);
    }
    i = j + 1;
  }
  const escapes: number[] = [];
  for (let i = 0; i + 2 < text.length; i++) if (text[i] === '%' && HEX.has(text[i + 1]) && HEX.has(text[i + 2])) escapes.push(i);
  return { keywords: found, base64Runs: runs, escapes };
}

/** Hits as plain sorted data, for toEqual. */
const plain = (h: AutomatonHits) => ({ keywords: [...h.keywords].sort((a, b) => a[0] - b[0]), base64Runs: h.base64Runs, escapes: h.escapes });

const chars = (alphabet: string, min: number, max: number) => fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((a) => a.join(''));
/** Keywords over a tiny alphabet: they overlap and contain one another (e.g. "aba", "ba", "bab"). */
const keywordSet = fc.array(chars('abAB_%=1', 1, 5), { minLength: 1, maxLength: 8 });
/** A keyword with its letters' case flipped at random. */
const recased = (k: string) =>
  fc.array(fc.boolean(), { minLength: k.length, maxLength: k.length }).map((flips) => [...k].map((c, i) => (flips[i] ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c)).join(''));

/** Texts made of the keywords (recased), base64-alphabet runs around the minimum length, escapes and other bytes. */
function textFor(keywords: string[]): fc.Arbitrary<Buffer> {
  const piece = fc.oneof(
    fc.constantFrom(...keywords).chain(recased),
    chars('Ab9+/_-xyZ', MIN_BASE64_RUN - 3, MIN_BASE64_RUN + 6),
    chars('%4fAg=', 1, 4),
    chars(' \n=:"\u00e9\u00c0', 1, 3),
    chars('abAB_%=1', 1, 6),
  );
  return fc.array(piece, { maxLength: 25 }).map((p) => Buffer.from(p.join(''), 'utf8'));
}

describe('KeywordAutomaton against a naive search', () => {
  it('finds the same keywords, base64 runs and escapes on drawn keywords and texts', () => {
    fc.assert(
      fc.property(
        keywordSet.chain((keywords) => fc.tuple(fc.constant(keywords), textFor(keywords))),
        ([keywords, bytes]) => {
          expect(plain(new KeywordAutomaton(keywords).scan(bytes))).toEqual(plain(naive(keywords, bytes)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a snapshot of the automaton scans the same as the automaton it was taken from', () => {
    fc.assert(
      fc.property(
        keywordSet.chain((keywords) => fc.tuple(fc.constant(keywords), textFor(keywords))),
        ([keywords, bytes]) => {
          const built = new KeywordAutomaton(keywords);
          expect(plain(new KeywordAutomaton(keywords, built.snapshot()).scan(bytes))).toEqual(plain(built.scan(bytes)));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("finds the built-in rules' keywords in text made of them", () => {
    const keywords = [...new Set(rulesOf(builtinRuleFiles()).flatMap((r) => r.keywords ?? []))];
    expect(keywords.length).toBeGreaterThan(100);
    const automaton = new KeywordAutomaton(keywords);
    const sample = fc.array(fc.constantFrom(...keywords), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        sample.chain((ks) => textFor(ks)),
        (bytes) => {
          expect(plain(automaton.scan(bytes))).toEqual(plain(naive(keywords, bytes)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finds keywords spelled beyond ASCII in UTF-8 text, at their byte offsets', () => {
    const a = new KeywordAutomaton(['hasło', 'şifre', 'ключ', 'clé']);
    const text = Buffer.from('login / HASło: x şifre: y; ключ z clé', 'utf8');
    expect(plain(a.scan(text)).keywords).toEqual([
      [0, [text.indexOf('HASło')]],
      [1, [text.indexOf('şifre')]],
      [2, [text.indexOf('ключ')]],
      [3, [text.indexOf('clé')]],
    ]);
  });

  it('examples the properties rest on: overlapping and nested keywords, case, runs with padding, escapes', () => {
    const a = new KeywordAutomaton(['aba', 'ba', 'bab', 'ABA']);
    const hits = a.scan(Buffer.from('xAbAbA'));
    // "AbAbA" holds aba at 1 and 3, ba at 2 and 4, bab at 2; "ABA" is the same keyword as "aba" folded.
    expect(plain(hits).keywords).toEqual([
      [0, [1, 3]],
      [1, [2, 4]],
      [2, [2]],
      [3, [1, 3]],
    ]);
    const run = 'A'.repeat(MIN_BASE64_RUN);
    expect(a.scan(Buffer.from(`${run.slice(1)} ${run}=== %4G %4f%%41`))).toMatchObject({
      base64Runs: [[MIN_BASE64_RUN, 2 * MIN_BASE64_RUN + 2]], // the 23-character run is too short; two '=' of three belong to the run
      escapes: [2 * MIN_BASE64_RUN + 8, 2 * MIN_BASE64_RUN + 12], // "%4f" and the "%41" after a lone "%"; "%4G" is not hex
    });
  });
});
