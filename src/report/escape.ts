/**
 * Repository text (file content, paths, author names, commit data, provider answers) is printed on
 * terminals and in CI logs, where a raw `\r` rewrites a line, an ANSI escape repaints the screen, a
 * bidi override reorders what the reader sees, and a line starting with `::` is a GitHub workflow
 * command. These functions make such text inert and visible: `\xNN` / `\u{NNNN}` escapes, and a
 * leading `::` becomes `\x3a:`.
 */

/** C0 and C1 controls, DEL, line and paragraph separators, and bidi marks, overrides and isolates. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same set without tab and newline, for text whose own line structure is kept. */
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * A line that GitHub Actions would read as a workflow command (leading whitespace is skipped by the
 * runner). Whitespace but newlines: with `\s*` every line start of a run of blank lines scanned the whole
 * run, quadratic in its length.
 */
const COMMAND_LINE = /^([^\S\n]*):(?=:)/gm;

export function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/** One field (a path, a name, a context line) for a single line of output: every control escaped. */
export function escapeField(text: string, keepTabs = false): string {
  const out = text.replace(UNSAFE, (c) => (keepTabs && c === '\t' ? c : escapeChar(c)));
  return out.startsWith('::') ? `\\x3a${out.slice(1)}` : out;
}

/** Whole lines of plain output (stderr, text reports): controls escaped except tab and newline; no line can start a workflow command. */
export function safeText(text: string): string {
  return neutralizeCommands(text.replace(UNSAFE_IN_TEXT, escapeChar));
}

/** Lines that start with `::` (after whitespace) get their first colon escaped; nothing else changes. */
export function neutralizeCommands(text: string): string {
  return text.includes('::') ? text.replace(COMMAND_LINE, '$1\\x3a') : text;
}

/** JSON text with the characters JSON.stringify leaves raw (DEL, C1, separators, bidi) as \u escapes. */
export function safeJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
