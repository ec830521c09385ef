import type { Finding } from '../../engine/finding';
import type { Fragment, Origin } from '../../engine/fragment';
/**
 * The changed lines of a new version as fragments that keep the file's line numbers and offsets, their
 * bytes views of the version's memory (used again once the next version is read: see Source.items). A region's
 * first line number is counted only when asked for (the engine asks when it has a finding): counting
 * the newlines before every region read each version's bytes once more, a twentieth of a scan. The
 * count reads the version, so it must be asked before the version's memory is used again: fragments the
 * engine has not scanned by then are numbered from one instead (numberFromOne), and their findings put
 * at their lines at the end (placeLines), from the few blobs that hold one.
 */
export declare function regionFragments(content: Buffer, regions: Array<[number, number]>, path: string, origin: Origin): Fragment[];
/**
 * Numbers the fragments' lines from one: they go to a worker after the version's memory is used again.
 * Counting their real first lines now read nearly every version whole once more (a sixteenth of the
 * main thread's time on the rails-shaped history), for the few fragments that hold a finding.
 */
export declare function numberFromOne(fragments: Fragment[]): void;
/**
 * Puts findings in fragments numbered from one (of the blobs `numbered` says) at their lines, reading
 * those blobs again; returns one finding of each blob that could not be read (its lines stay wrong).
 * `ahead`, when given, is told every blob it will read, in that order, before the first is read: the
 * caller can ask git for all of them at once.
 */
export declare function placeLines(found: Finding[], numbered: (blob: string) => boolean, reread: (blob: string) => Promise<Buffer | undefined>, ahead?: (blobs: string[]) => void): Promise<Finding[]>;
