/**
 * Inline suppressions: a marker (`tokenguard:allow` or one given with --ignore-comment) on the same
 * line skips a finding; `tokenguard:allow-next-line` on the line before skips the next line.
 */

export const DEFAULT_MARKER = 'tokenguard:allow';
export const NEXT_LINE_MARKER = 'tokenguard:allow-next-line';

function lineAt(bytes: Buffer, offset: number): [number, number] {
  const start = offset === 0 ? 0 : bytes.lastIndexOf(10, offset - 1) + 1;
  const nl = bytes.indexOf(10, offset);
  return [start, nl < 0 ? bytes.length : nl];
}

/** True when `marker` occurs in `line` other than inside an occurrence of NEXT_LINE_MARKER. */
function hasMarker(line: Buffer, marker: string): boolean {
  const len = Buffer.byteLength(marker);
  for (let at = line.indexOf(marker); at >= 0; at = line.indexOf(marker, at + 1)) {
    // "tokenguard:allow-next-line" on this line is about the next line, not this one.
    const next = line.indexOf(NEXT_LINE_MARKER, Math.max(0, at + len - NEXT_LINE_MARKER.length));
    if (next < 0 || next > at || next + NEXT_LINE_MARKER.length < at + len) return true;
  }
  return false;
}

/**
 * True when the line holding `offset` (or the line before it) carries a suppression marker. Searched in
 * a view of the line's bytes, not a decoded copy: a minified bundle's line can be megabytes long and hold
 * hundreds of findings.
 */
export function suppressedInline(bytes: Buffer, offset: number, markers: string[]): boolean {
  const [start, end] = lineAt(bytes, offset);
  const line = bytes.subarray(start, end);
  if (markers.some((m) => hasMarker(line, m))) return true;
  if (start === 0) return false;
  const [prevStart] = lineAt(bytes, start - 1);
  return bytes.subarray(prevStart, start).includes(NEXT_LINE_MARKER);
}
