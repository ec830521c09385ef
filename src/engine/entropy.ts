/** Shannon entropy of a string in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const n = [...value].length;
  let bits = 0;
  for (const c of counts.values()) {
    const p = c / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * A part of 16 characters or more that mixes cases and digits as a random draw does: its character class
 * changes at a quarter of its positions or more (`izpULQvL0EjmxjMWvduQ`: 9 of 20), where a camelCase name
 * changes at its words' edges only (`oauth2ClientCredentials`: 4 of 23).
 */
export function randomPart(p: string): boolean {
  if (p.length < 16 || !/\d/.test(p) || !/[a-z]/.test(p) || !/[A-Z]/.test(p)) return false;
  return classChanges(p) >= p.length / 4;
}

/** Where a string's character class (lower case, upper case, digit, other) changes from one character to the next: how many times. */
export function classChanges(s: string): number {
  const classOf = (c: string) => (c >= 'a' && c <= 'z' ? 0 : c >= 'A' && c <= 'Z' ? 1 : c >= '0' && c <= '9' ? 2 : 3);
  let changes = 0;
  for (let i = 1; i < s.length; i++) if (classOf(s[i]) !== classOf(s[i - 1])) changes++;
  return changes;
}
