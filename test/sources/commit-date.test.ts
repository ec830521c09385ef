/** A commit's date formatted by hand (commit-date.ts) is exactly what Date formats. */
import fc from 'fast-check';
import { commitDate, dateIfValid } from '../../src/sources/git/commit-date';

const byDate = (seconds: number): string => {
  try {
    return new Date(seconds * 1000).toISOString();
  } catch (err) {
    return `${(err as Error).name}: ${(err as Error).message}`;
  }
};
const byHand = (seconds: number): string => {
  try {
    return commitDate(seconds);
  } catch (err) {
    return `${(err as Error).name}: ${(err as Error).message}`;
  }
};

it('formats any time as Date does, in any order (the day part is remembered), at the ends of the range too', () => {
  const LAST = 8.64e12; // Date's last second: 275760-09-13T00:00:00.000Z
  const times = fc.oneof(
    fc.integer({ min: 0, max: 4_102_444_800 }), // 1970 to 2100
    fc.integer({ min: 0, max: LAST + 100_000 }),
    fc.constantFrom(0, 59, 60, 3599, 3600, 86_399, 86_400, 951_782_400, 253_402_300_799, 253_402_300_800, LAST - 1, LAST, LAST + 1, LAST + 86_400, 1e20),
  );
  fc.assert(
    fc.property(fc.array(times, { minLength: 1, maxLength: 30 }), (list) => {
      for (const t of list) expect([t, byHand(t)]).toEqual([t, byDate(t)]);
    }),
    { numRuns: 500 },
  );
  // Neighbouring seconds across midnight, as consecutive commits meet them.
  for (let t = 86_400 * 20_000 - 5; t < 86_400 * 20_000 + 5; t++) expect(byHand(t)).toBe(byDate(t));
  expect(commitDate(1_700_000_000)).toBe('2023-11-14T22:13:20.000Z');
});

it('dateIfValid gives no date exactly where Date refuses the time, and what Date gives elsewhere', () => {
  const LAST = 8.64e12;
  const dateGives = (t: number): string | undefined => {
    try {
      return new Date(t * 1000).toISOString();
    } catch {
      return undefined;
    }
  };
  for (const t of [0, 1_700_000_000, LAST - 86_400, LAST - 1, LAST, LAST + 1, LAST + 86_400, 1e15, 1e20, Number.MAX_SAFE_INTEGER]) expect([t, dateIfValid(t)]).toEqual([t, dateGives(t)]);
  fc.assert(fc.property(fc.integer({ min: LAST - 200_000, max: LAST + 200_000 }), (t) => expect([t, dateIfValid(t)]).toEqual([t, dateGives(t)])));
  expect(dateIfValid(LAST)).toBe('+275760-09-13T00:00:00.000Z');
  expect(dateIfValid(LAST + 1)).toBeUndefined();
  expect(dateIfValid(99_999_999_999_999)).toBeUndefined();
});
