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

/** True when the line holding `offset` (or the line before it) carries a suppression marker. */
export function suppressedInline(bytes: Buffer, offset: number, markers: string[]): boolean {
  const [start, end] = lineAt(bytes, offset);
  const line = bytes.toString('utf8', start, end);
  // "tokenguard:allow-next-line" on this line is about the next line, not this one.
  const sameLine = line.split(NEXT_LINE_MARKER).join('');
  if (markers.some((m) => sameLine.includes(m))) return true;
  if (start === 0) return false;
  const [prevStart] = lineAt(bytes, start - 1);
  return bytes.toString('utf8', prevStart, start).includes(NEXT_LINE_MARKER);
}
