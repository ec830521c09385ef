/**
 * A commit's author time as an ISO 8601 string, as `new Date(seconds * 1000).toISOString()` gives it. A
 * history of tiny commits formats one per commit: a Date and its formatting each time cost 3% of the
 * main thread on 60,000 commits, so the day's part is formatted once per day and the time of day by hand.
 */

let day = Number.NaN;
/** `YYYY-MM-DDT` (or an extended year's `±YYYYYY-MM-DDT`) of `day`. */
let dayPrefix = '';

const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** Date's last second: its range ends at 8.64e15 ms after the epoch. */
const LAST_SECOND = 8.64e12;

/**
 * commitDate, or undefined for a time past Date's range: a commit made by hand can carry any time, and
 * it is still scanned, without a date (it failed the whole walk when the date was formatted there).
 */
export function dateIfValid(seconds: number): string | undefined {
  return seconds <= LAST_SECOND ? commitDate(seconds) : undefined;
}

/** The ISO string of a time in whole seconds since the epoch; throws RangeError as Date does when out of its range. */
export function commitDate(seconds: number): string {
  // Date's range ends at a midnight: past it, even within that day, Date has no value at all.
  if (seconds > LAST_SECOND) throw new RangeError('Invalid time value');
  const d = Math.floor(seconds / 86_400);
  if (d !== day) {
    const iso = new Date(d * 86_400_000).toISOString();
    dayPrefix = iso.slice(0, iso.indexOf('T') + 1);
    day = d;
  }
  const s = seconds - d * 86_400;
  return `${dayPrefix}${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}.000Z`;
}
