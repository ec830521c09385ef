/**
 * Repository text (file content, paths, author names, commit data, provider answers) is printed on
 * terminals and in CI logs, where a raw `\r` rewrites a line, an ANSI escape repaints the screen, a
 * bidi override reorders what the reader sees, and a line starting with `::` is a GitHub workflow
 * command. These functions make such text inert and visible: `\xNN` / `\u{NNNN}` escapes, and a
 * leading `::` becomes `\x3a:`.
 */
export declare function escapeChar(c: string): string;
/** One field (a path, a name, a context line) for a single line of output: every control escaped. */
export declare function escapeField(text: string, keepTabs?: boolean): string;
/** Whole lines of plain output (stderr, text reports): controls escaped except tab and newline; no line can start a workflow command. */
export declare function safeText(text: string): string;
/** Lines that start with `::` (after whitespace) get their first colon escaped; nothing else changes. */
export declare function neutralizeCommands(text: string): string;
/** JSON text with the characters JSON.stringify leaves raw (DEL, C1, separators, bidi) as \u escapes. */
export declare function safeJson(json: string): string;
