/**
 * UTF-16 text decoded to UTF-8 for the engine, block by block. Line breaks survive decoding and the
 * engine counts columns in UTF-16 code units, so a finding's line and column are exactly those of the
 * file as a UTF-16-aware editor shows it; only its byte offsets are within the decoded text.
 */
import type { Finding } from '../engine/finding';
import type { NonText } from './types';

type Utf16 = Exclude<NonText, 'binary'>;

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

/** Decodes consecutive blocks of one UTF-16 stream, dropping its byte order mark. */
export class Utf16Decoder {
  /** Bytes held back for the next block: an odd trailing byte, or a high surrogate whose pair may follow. */
  private carry?: Buffer;
  private started = false;

  constructor(private readonly kind: Utf16) {}

  push(block: Buffer): Buffer {
    let bytes = this.carry ? Buffer.concat([this.carry, block]) : block;
    this.carry = undefined;
    if (!this.started) {
      if (bytes.length < 2) return this.hold(bytes, 0);
      this.started = true;
      const le = this.kind === 'utf16le';
      if (bytes[0] === (le ? 0xff : 0xfe) && bytes[1] === (le ? 0xfe : 0xff)) bytes = bytes.subarray(2);
    }
    let cut = bytes.length & ~1;
    if (cut >= 2 && isHighSurrogate(this.unitAt(bytes, cut - 2))) cut -= 2;
    return this.hold(bytes, cut);
  }

  /** What is left: a surrogate without its pair becomes U+FFFD (one code unit, as in the file); an odd byte is dropped. */
  end(): Buffer {
    const rest = this.carry;
    this.carry = undefined;
    return rest ? this.decode(rest.subarray(0, rest.length & ~1)) : Buffer.alloc(0);
  }

  private hold(bytes: Buffer, cut: number): Buffer {
    if (cut < bytes.length) this.carry = Buffer.from(bytes.subarray(cut));
    return this.decode(bytes.subarray(0, cut));
  }

  private unitAt(bytes: Buffer, i: number): number {
    return this.kind === 'utf16le' ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
  }

  private decode(bytes: Buffer): Buffer {
    if (bytes.length === 0) return Buffer.alloc(0);
    // swap16 works in place, and the raw block is still read for its strings: swap a copy.
    const le = this.kind === 'utf16le' ? bytes : Buffer.from(bytes).swap16();
    return Buffer.from(le.toString('utf16le'), 'utf8');
  }
}

/** Marks findings read from decoded UTF-16 text. */
export function utf16Place(kind: Utf16): (findings: Finding[]) => void {
  const note = `the file is ${kind === 'utf16le' ? 'UTF-16LE' : 'UTF-16BE'} text: found in its decoded text (line and column of the decoded text)`;
  return (findings) => {
    for (const f of findings) f.notes = [...(f.notes ?? []), note];
  };
}
