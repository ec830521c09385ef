/**
 * Base58Check, Bitcoin's encoding of keys and addresses: base58 of a payload and the first four bytes
 * of its double SHA-256 (https://en.bitcoin.it/wiki/Base58Check_encoding). A value whose checksum holds
 * is that encoding and nothing else: one random string in four billion passes.
 */
import { createHash } from 'node:crypto';

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

/** The bytes `text` encodes in base58, or undefined when it holds a character outside the alphabet. */
export function base58Decode(text: string): Buffer | undefined {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let carry = code < 128 ? DIGIT[code] : -1;
    if (carry < 0) return undefined;
    for (let j = 0; j < bytes.length; j++) {
      carry += bytes[j] * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    for (; carry > 0; carry >>= 8) bytes.push(carry & 0xff);
  }
  // Each leading '1' is a leading zero byte.
  for (let i = 0; i < text.length && text[i] === '1'; i++) bytes.push(0);
  return Buffer.from(bytes.reverse());
}

/** `bytes` in base58 (each leading zero byte as a '1'). */
export function base58Encode(bytes: Uint8Array): string {
  const digits: number[] = [];
  for (const byte of bytes) {
    let carry = byte;
    for (let j = 0; j < digits.length; j++) {
      carry += digits[j] << 8;
      digits[j] = carry % 58;
      carry = (carry / 58) | 0;
    }
    for (; carry > 0; carry = (carry / 58) | 0) digits.push(carry % 58);
  }
  let out = '';
  for (let i = 0; i < bytes.length && bytes[i] === 0; i++) out += '1';
  for (let i = digits.length - 1; i >= 0; i--) out += ALPHABET[digits[i]];
  return out;
}

/** `payload` and its four-byte double-SHA-256 checksum, in base58. */
export function base58CheckEncode(payload: Buffer): string {
  return base58Encode(Buffer.concat([payload, doubleSha256(payload).subarray(0, 4)]));
}

const doubleSha256 = (data: Buffer): Buffer => createHash('sha256').update(createHash('sha256').update(data).digest()).digest();

/** True when `text` is base58 of a payload followed by its four-byte double-SHA-256 checksum. */
export function isBase58Check(text: string): boolean {
  const raw = base58Decode(text);
  if (!raw || raw.length < 5) return false;
  const payload = raw.subarray(0, raw.length - 4);
  return doubleSha256(payload).compare(raw, raw.length - 4, raw.length, 0, 4) === 0;
}
