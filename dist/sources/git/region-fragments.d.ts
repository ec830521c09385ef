import type { Fragment, Origin } from '../../engine/fragment';
/** A copy of `b` in memory of its own (small ones from Node's shared pool, like any small Buffer). */
export declare function ownCopy(b: Buffer): Buffer;
/**
 * The changed lines of a new version as fragments that keep the file's line numbers and offsets, their
 * bytes copied (the version's own memory is used again once the next version is read). A region's
 * first line number is counted only when asked for (the engine asks when it has a finding): counting
 * the newlines before every region read each version's bytes once more, a twentieth of a scan. The
 * count reads the version, so it must be asked before the version's memory is used again: the caller
 * settles (settleLines) the fragments the engine has not scanned by then.
 */
export declare function regionFragments(content: Buffer, regions: Array<[number, number]>, path: string, origin: Origin): Fragment[];
/** Counts the first line of each fragment now, while the version they come from is still in memory. */
export declare function settleLines(fragments: Fragment[]): void;
