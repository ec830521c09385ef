/** A position in a text: 1-based line, 1-based column counted in UTF-16 code units (SARIF's default). */
export interface Position {
  line: number;
  column: number;
}

/**
 * Maps byte offsets to lines and columns. Queries must come in ascending offset order; each call
 * only scans the bytes since the previous one, so a fragment costs O(size) however many findings it has.
 */
export class LineMap {
  private line: number;
  private lineStart = 0;
  private cursor = 0;
  private cursorColumn = 1;

  constructor(
    private readonly bytes: Buffer,
    startLine = 1,
  ) {
    this.line = startLine;
  }

  /** Position of the byte at `offset` (which may equal bytes.length). */
  at(offset: number): Position {
    if (offset < this.cursor) throw new RangeError(`LineMap queried backwards: ${offset} < ${this.cursor}`);
    for (;;) {
      const nl = this.bytes.indexOf(10, this.lineStart);
      if (nl < 0 || nl >= offset) break;
      this.line++;
      this.lineStart = nl + 1;
      this.cursor = this.lineStart;
      this.cursorColumn = 1;
    }
    if (this.cursor < this.lineStart) {
      this.cursor = this.lineStart;
      this.cursorColumn = 1;
    }
    // The cursor only stops where a UTF-8 decoder starts afresh: cutting a multi-byte character in two
    // would count its pieces as two replacement characters, and columns would depend on query history.
    const stop = safeStop(this.bytes, this.cursor, offset);
    this.cursorColumn += utf16Length(this.bytes, this.cursor, stop);
    this.cursor = stop;
    return { line: this.line, column: this.cursorColumn + utf16Length(this.bytes, stop, offset) };
  }

  /** Start offset of the line that holds the last queried position. */
  currentLineStart(): number {
    return this.lineStart;
  }
}

/**
 * The last offset in [from, offset] where a decoder is in its initial state: before an ASCII or lead
 * byte (a pending sequence ends there either way), looking back at most four bytes (a UTF-8 sequence's
 * longest); `from` when there is none, which keeps the walk linear.
 */
function safeStop(bytes: Buffer, from: number, offset: number): number {
  for (let p = offset; p > from && p >= offset - 4; p--) {
    if (p >= bytes.length || (bytes[p] & 0xc0) !== 0x80) return p;
  }
  return from;
}

/** UTF-16 length of bytes[start, end) decoded as UTF-8 (invalid bytes count one each, like U+FFFD). */
export function utf16Length(bytes: Buffer, start: number, end: number): number {
  let ascii = true;
  for (let i = start; i < end; i++) {
    if (bytes[i] >= 0x80) {
      ascii = false;
      break;
    }
  }
  return ascii ? end - start : bytes.toString('utf8', start, end).length;
}

/** Where the context excerpt of a span lies: [from, to) within its line [lineStart, lineEnd). */
export interface Excerpt {
  from: number;
  to: number;
  lineStart: number;
  lineEnd: number;
}

/** The excerpt of the line around [start, end), without its terminator, at most `max` bytes around the span. */
export function excerptAround(bytes: Buffer, start: number, end: number, max = 400): Excerpt {
  let ls = bytes.lastIndexOf(10, start - 1) + 1;
  if (start === 0) ls = 0;
  let le = bytes.indexOf(10, start);
  if (le < 0) le = bytes.length;
  if (le > 0 && bytes[le - 1] === 13) le--;
  const spanEnd = Math.min(Math.max(end, start), le);
  const room = Math.max(0, max - (spanEnd - start));
  const from = Math.max(ls, start - Math.floor(room / 2));
  const to = Math.min(le, spanEnd + Math.ceil(room / 2));
  return { from, to, lineStart: ls, lineEnd: le };
}

/** The line around [start, end) without its terminator, cut to at most `max` bytes around the span. */
export function lineAround(bytes: Buffer, start: number, end: number, max = 400): string {
  const e = excerptAround(bytes, start, end, max);
  return bytes.toString('utf8', e.from, e.to);
}
