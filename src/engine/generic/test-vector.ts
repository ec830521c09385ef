/**
 * A key a comment calls a test vector (NIST SP 800-38D's GCM cases, an RFC's examples): published with
 * its expected output so implementations can check themselves, so it locks nothing.
 */

/** Words that name a published test vector. */
const VECTOR = /\btest[ _-]?vectors?\b|\bknown[ -]answer[ -]tests?\b/i;

/** True when the line [ls, le) or the line above it calls its value a test vector. */
export function calledTestVector(bytes: Buffer, ls: number, le: number): boolean {
  const above = ls >= 2 ? bytes.lastIndexOf(10, ls - 2) + 1 : 0;
  return VECTOR.test(bytes.toString('latin1', above, Math.min(le, above + 4096)));
}
