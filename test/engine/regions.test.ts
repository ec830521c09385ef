/**
 * The windows a rule runs in on one long line: finding the line's edges around each keyword must look
 * only as far as the window can reach. An unbounded search ran from every keyword to the line's ends, so
 * a 20 MB line of near misses took over 30 s (quadratic) instead of about 3.5 s.
 */
import { regionsFor } from '../../src/engine/regions';
import { selectRules, buildRuleSet } from '../../src/rules/registry';

const ruleSet = buildRuleSet(selectRules({}));

/** `bytes` with every byte its newline searches examine counted (old and new ways of searching). */
function counted(bytes: Buffer): { bytes: Buffer; examined: () => number } {
  let examined = 0;
  const own = bytes as unknown as Record<string, unknown>;
  const indexOf = bytes.indexOf.bind(bytes) as (value: number, from?: number) => number;
  const lastIndexOf = bytes.lastIndexOf.bind(bytes) as (value: number, from?: number) => number;
  const subarray = bytes.subarray.bind(bytes);
  own.indexOf = (value: number, from = 0) => {
    examined += bytes.length - from;
    return indexOf(value, from);
  };
  own.lastIndexOf = (value: number, from = bytes.length - 1) => {
    examined += from + 1;
    return lastIndexOf(value, from);
  };
  own.subarray = (start = 0, end = bytes.length) => {
    examined += end - start;
    return subarray(start, end);
  };
  return { bytes, examined: () => examined };
}

// A rule whose windows stop at its keyword's line, and one whose windows grow to the nearest lines.
describe.each(['github.pat-classic', 'credentials.authorization-bearer'])('regionsFor(%s)', (id) => {
  const rule = ruleSet.rules.find((r) => r.def.id === id)!;

  it('runs in windows (a keyword of its own, a window span)', () => {
    expect(ruleSet.prefilter.ruleKeywords.get(rule)).toBeDefined();
    expect(rule.windowSpan).toBeGreaterThan(0);
  });

  it('on one long line, looks at a bounded stretch around each keyword', () => {
    const span = rule.windowSpan!;
    // An 8 MB line with a keyword every 32 KiB (further apart than these windows reach).
    const line = Buffer.alloc(8 << 20, 'a');
    const hits = Array.from({ length: 250 }, (_, i) => 10_000 + i * 32_768);
    const { bytes, examined } = counted(line);
    const windows = regionsFor(rule, bytes, { hits: new Map() } as never, ruleSet, hits);
    expect(windows.length).toBe(hits.length);
    // Each keyword's window, grown by at most LINE_REACH (2 KiB) each side, searched twice at most.
    expect(examined()).toBeLessThanOrEqual(hits.length * 4 * (span + 2049));
  });

  it('gives the same windows as an unbounded search would', () => {
    const text = Buffer.from(Array.from({ length: 3_000 }, (_, i) => `${'k'.repeat(i % 97)} ghp_token = value${i}\n`).join(''));
    const hits = [...text.toString('latin1').matchAll(/ghp_/g)].map((m) => m.index!).filter((_, i) => i % 7 === 0);
    const span = rule.windowSpan!;
    const expected: Array<[number, number]> = [];
    for (const p of hits) {
      const last = expected[expected.length - 1];
      if (last && p < last[1]) continue;
      let start = Math.max(0, p - span);
      let end = Math.min(text.length, p + span);
      if (rule.lineLocal) {
        const nl = text.lastIndexOf(10, p);
        const eol = text.indexOf(10, p);
        if (nl >= start) start = nl + 1;
        if (eol >= 0 && eol < end) end = eol;
      } else {
        const before = start === 0 ? -1 : text.lastIndexOf(10, start);
        if (start > 0 && before >= start - 2048) start = before + 1;
        const after = text.indexOf(10, end);
        end = after >= 0 && after <= end + 2048 ? after : end;
      }
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else expected.push([start, end]);
    }
    expect(regionsFor(rule, text, { hits: new Map() } as never, ruleSet, hits)).toEqual(expected);
  });
});
