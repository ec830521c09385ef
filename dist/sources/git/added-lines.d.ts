/** Added line numbers (1-based, in the staged content) by display path. */
export type AddedLines = Map<string, Set<number>>;
/** Undoes git's C-style quoting of a path ("a\tb\303\251"), returning the raw bytes. */
export declare function unquoteGitPath(text: Buffer): Buffer;
/** Parses `git diff -U0` output into added line numbers per file. */
export declare function parseAddedLines(diff: Buffer): AddedLines;
/**
 * The added lines of everything staged in the repository at `top`.
 * @lazy loaded with require() by cli/scan-run.ts, which knip does not follow
 */
export declare function stagedAddedLines(top: string): Promise<AddedLines>;
/**
 * True when any line of the finding's span was added.
 * @lazy loaded with require() by cli/scan-run.ts, which knip does not follow
 */
export declare function onAddedLine(added: AddedLines, f: {
    path: string;
    line: number;
    endLine: number;
}): boolean;
