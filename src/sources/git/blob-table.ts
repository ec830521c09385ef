/**
 * A compact set of git object ids with a counter and two marks each: 16 bytes per id in one typed array,
 * so a history of millions of blobs stays within a small, predictable amount of memory. Ids are keyed by
 * their first 96 bits; a false "seen" needs two distinct blobs to share 24 hex digits. The marks (a blob
 * asked of git, a blob numbered from one) share the table with the counts: a second table and a Set of
 * the rails-scale history's 283,000 blobs were 16 MiB and 5 MB, and grew near its end.
 */
const WORDS = 4; // 3 words of id prefix + 1 word: two marks (the top bits) and the counter
const MARKS = [0x80000000, 0x40000000] as const;
const MOST = 0x3fffffff;

export class BlobTable {
  private slots: Uint32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1 << 16) {
    let n = 1;
    while (n < capacity * 2) n <<= 1;
    this.slots = new Uint32Array(n * WORDS);
    this.mask = n - 1;
  }

  /** Number of distinct ids. */
  get size(): number {
    return this.count;
  }

  /** Adds one sighting of `id`; returns the number of sightings including this one. */
  add(id: string): number {
    const i = this.slot(id);
    const s = this.slots;
    if ((s[i + 3] & MOST) < MOST) s[i + 3]++;
    return s[i + 3] & MOST;
  }

  /** Sightings of `id` (0 when never added). */
  get(id: string): number {
    readKey(id);
    return this.slots[this.find(ka, kb, kc) + 3] & MOST;
  }

  has(id: string): boolean {
    return this.get(id) > 0;
  }

  /** Sets mark `which` of `id` (listing it if need be, with its sightings as they are); true when it was not set before. */
  mark(id: string, which: 0 | 1 = 0): boolean {
    const i = this.slot(id);
    const s = this.slots;
    if (s[i + 3] & MARKS[which]) return false;
    s[i + 3] = (s[i + 3] | MARKS[which]) >>> 0;
    return true;
  }

  marked(id: string, which: 0 | 1 = 0): boolean {
    readKey(id);
    return (this.slots[this.find(ka, kb, kc) + 3] & MARKS[which]) !== 0;
  }

  /** The slot of `id`, taken for it if it had none. */
  private slot(id: string): number {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    readKey(id);
    const i = this.find(ka, kb, kc);
    const s = this.slots;
    if (!this.taken(i)) {
      s[i] = ka;
      s[i + 1] = kb;
      s[i + 2] = kc;
      this.count++;
    }
    return i;
  }

  /** A slot is free until an id is counted or marked in it (so its fourth word is never 0 after). */
  private taken(i: number): boolean {
    return this.slots[i + 3] !== 0;
  }

  /** Slot offset holding the key, or the empty slot where it belongs. */
  private find(a: number, b: number, c: number): number {
    const s = this.slots;
    let h = (a ^ Math.imul(b, 0x9e3779b1)) & this.mask;
    for (;;) {
      const i = h * WORDS;
      if (!this.taken(i) || (s[i] === a && s[i + 1] === b && s[i + 2] === c)) return i;
      h = (h + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.mask = (this.mask << 1) | 1;
    for (let i = 0; i < old.length; i += WORDS) {
      if (old[i + 3] === 0) continue; // free (see taken)
      const j = this.find(old[i], old[i + 1], old[i + 2]);
      this.slots.set(old.subarray(i, i + WORDS), j);
    }
  }
}

/** The 32 bits of 8 hex digits of `id` from `at`, or -1 when one is not a lowercase hex digit. */
function word(id: string, at: number): number {
  let v = 0;
  for (let i = at; i < at + 8; i++) {
    const c = id.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (d < 0) return -1;
    v = (v << 4) | d;
  }
  return v >>> 0;
}

/** The key readKey read last, and the id it read it from. */
let ka = 0;
let kb = 0;
let kc = 0;
let keyOf: string | undefined;

/**
 * Sets ka, kb and kc to `id`'s key. Called for every change of a history walk, on two or three tables
 * in a row for the same id: digits are read by hand (no regex, slices or parseInt), and once per id.
 */
function readKey(id: string): void {
  if (id === keyOf) return;
  const a = word(id, 0);
  const b = word(id, 8);
  const c = word(id, 16);
  if (a < 0 || b < 0 || c < 0) throw new RangeError(`not a git object id: ${id.slice(0, 40)}`);
  ka = a;
  kb = b;
  kc = c;
  keyOf = id;
}
