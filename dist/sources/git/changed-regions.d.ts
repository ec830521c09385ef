/**
 * The parts of a new version of a file that an older version did not have: what a history scan must
 * read when the older version was read already. Lines the two share at both ends are cut first (by
 * comparing bytes when the older version's bytes are at hand, else by line keys, line-index.ts); in
 * the middle only lines the older version does not hold are kept (against bytes, a long line is looked
 * for only where the older version's lines were stepped over), with a few lines of context so that
 * rules spanning lines (a key under its section, a `.netrc` entry) still see them, and whole PEM
 * blocks when a changed line sits inside one.
 */
import { type LineIndex } from './line-index';
/**
 * Byte ranges of `child` to scan, given that every line of the version whose line keys are `parent`
 * was scanned: ascending, non-overlapping, each starting at a line start and ending at a line end (or
 * the end of the file). Lines common to both ends are cut first; in the middle, a child line is new
 * unless the parent's middle holds the same line. Empty when child adds nothing (a deletion, a
 * reordering of existing lines).
 */
export declare function changedRegions(parent: Float64Array, child: Buffer, index: LineIndex): Array<[number, number]>;
/**
 * As changedRegions, from the older version's bytes: the common ends are found with memcmp and only
 * the lines between them are hashed. A version that edits one hunk of a big file costs a comparison
 * of its bytes, not a hash of every line (which was most of a history scan's time).
 */
export declare function changedRegionsFrom(parent: Buffer, child: Buffer): Array<[number, number]>;
