/**
 * The parts of a new version of a file that an older version did not have: what a history scan must
 * read when the older version was read already. Common leading and trailing bytes are cut with native
 * comparisons; what is left is split into lines, and only lines the older version does not hold are
 * kept, with a few lines of context so that rules spanning lines (a key under its section, a `.netrc`
 * entry) still see them, and whole PEM blocks when a changed line sits inside one.
 */
/** Length of the common prefix of a and b, by native comparison of halving chunks. */
export declare function commonPrefix(a: Buffer, b: Buffer): number;
/** Length of the common suffix of a and b, not reaching into the first `floor` bytes of either. */
export declare function commonSuffix(a: Buffer, b: Buffer, floor: number): number;
/**
 * Byte ranges of `child` to scan, given that everything in `parent` was scanned: ascending,
 * non-overlapping, each starting at a line start and ending at a line end (or the end of the file).
 * Empty when child adds nothing (a deletion, a reordering of existing lines).
 */
export declare function changedRegions(parent: Buffer, child: Buffer): Array<[number, number]>;
