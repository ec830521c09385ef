/**
 * The key of the mapping that holds a line: a bare `Key` means little alone, but under `"Jwt": {` or
 * `jwt:` it is the JWT signing key (ASP.NET's appsettings.json, Spring's and Rails' YAML). The parent
 * is the nearest line above, indented less, that opens a mapping; anything else there (a list item, an
 * array, code) means no parent is known.
 */

import { lastNewline, nextNewline } from '../regions';

/** Lines looked at above the pair, at most. */
const REACH = 12;
/** Longest line looked at, in bytes. */
const LONGEST = 4096;

const OPENER = /^[ \t]*["']?([\w.-]{1,64})["']?[ \t]*:[ \t]*\{?[ \t]*\r?$/;

/** Spaces and tabs starting bytes[from, to), or -1 when nothing else is there (a blank line). */
export function indentOf(bytes: Buffer, from: number, to: number): number {
  let i = from;
  while (i < to && (bytes[i] === 32 || bytes[i] === 9)) i++;
  return i === to ? -1 : i - from;
}

/** The parent mapping's key for the line starting at `ls` in `bytes`, or undefined. */
export function parentKey(bytes: Buffer, ls: number): string | undefined {
  let end = ls - 1;
  let le = nextNewline(bytes, ls, Math.min(bytes.length, ls + LONGEST));
  if (le < 0) le = Math.min(bytes.length, ls + LONGEST);
  const own = indentOf(bytes, ls, le);
  if (own <= 0) return undefined;
  for (let n = 0; n < REACH && end > 0; n++) {
    // A line longer than a mapping's opener ends the search: it is not one, and it is not walked.
    const nl = lastNewline(bytes, Math.max(0, end - LONGEST), end);
    if (nl < 0 && end > LONGEST) return undefined;
    const start = nl + 1;
    const indent = indentOf(bytes, start, end);
    if (indent >= 0 && indent < own) {
      if (end - start > 256) return undefined;
      return OPENER.exec(bytes.toString('latin1', start, end))?.[1];
    }
    end = start - 1;
  }
  return undefined;
}

/** An INI or TOML section header: `[azure]`, `[engines.azure]`, `[profile deepl]`. */
const SECTION = /^\[[ \t]*(?:[\w-]+[. ])*([\w-]{1,64})[ \t]*\][ \t]*\r?$/;

/** The last name of the INI or TOML section holding the line at `ls` (a line opening with `[`, a few lines up), or undefined. */
export function sectionOf(bytes: Buffer, ls: number): string | undefined {
  let end = ls - 1;
  for (let n = 0; n < REACH && end > 0; n++) {
    const nl = lastNewline(bytes, Math.max(0, end - 256), end);
    if (nl < 0 && end > 256) return undefined;
    const start = nl + 1;
    if (bytes[start] === 91) return SECTION.exec(bytes.toString('latin1', start, end))?.[1];
    end = start - 1;
  }
  return undefined;
}

/** A sibling naming the service's address: `"Endpoint": "https://…"`, `url: https://…`. */
const ENDPOINT_LINE = /^[ \t]*["']?(?:[\w-]*(?:endpoint|url|uri)|host|server)["']?[ \t]*[:=][ \t]*["']?https?:\/\//i;
/** Lines looked at on each side for such a sibling. */
const SIBLING_REACH = 4;

/**
 * True when a line within a few lines of the one starting at `ls`, at its indent, gives a service's
 * https address: `{ "Endpoint": "https://….documents.azure.com", "Key": "…" }` is that service's key,
 * as Azure's Cosmos DB, AI services and Search settings are written, where a `Key` beside names alone
 * (`"Cache": { "Key": "orders" }`) is not.
 */
export function siblingEndpoint(bytes: Buffer, ls: number): boolean {
  let le = nextNewline(bytes, ls, Math.min(bytes.length, ls + LONGEST));
  if (le < 0) le = Math.min(bytes.length, ls + LONGEST);
  const own = indentOf(bytes, ls, le);
  if (own <= 0) return false;
  const sibling = (start: number, end: number) => end - start <= 512 && indentOf(bytes, start, end) === own && ENDPOINT_LINE.test(bytes.toString('latin1', start, end));
  // Above: the lines before, until one is indented less (the mapping's opener).
  let end = ls - 1;
  for (let n = 0; n < SIBLING_REACH && end > 0; n++) {
    const start = lastNewline(bytes, Math.max(0, end - LONGEST), end) + 1;
    if (indentOf(bytes, start, end) >= 0 && indentOf(bytes, start, end) < own) break;
    if (sibling(start, end)) return true;
    end = start - 1;
  }
  // Below: the lines after, until the mapping closes.
  let start = le + 1;
  for (let n = 0; n < SIBLING_REACH && start < bytes.length; n++) {
    let e = nextNewline(bytes, start, Math.min(bytes.length, start + LONGEST));
    if (e < 0) e = Math.min(bytes.length, start + LONGEST);
    if (indentOf(bytes, start, e) >= 0 && indentOf(bytes, start, e) < own) break;
    if (sibling(start, e)) return true;
    start = e + 1;
  }
  return false;
}
