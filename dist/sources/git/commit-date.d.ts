/**
 * A commit's author time as an ISO 8601 string, as `new Date(seconds * 1000).toISOString()` gives it. A
 * history of tiny commits formats one per commit: a Date and its formatting each time cost 3% of the
 * main thread on 60,000 commits, so the day's part is formatted once per day and the time of day by hand.
 */
/**
 * commitDate, or undefined for a time past Date's range: a commit made by hand can carry any time, and
 * it is still scanned, without a date (it failed the whole walk when the date was formatted there).
 */
export declare function dateIfValid(seconds: number): string | undefined;
/** The ISO string of a time in whole seconds since the epoch; throws RangeError as Date does when out of its range. */
export declare function commitDate(seconds: number): string;
