/**
 * One copy of each distinct string, for records a scan keeps to its end: a history's events name the
 * same blob ids and paths over and over, and each change of git's log is read into fresh strings.
 */
export class Interner {
  private readonly known = new Map<string, string>();

  /** Past `limit` distinct strings the table starts over: still correct, only less shared. */
  constructor(private readonly limit = 1 << 20) {}

  get(s: string): string {
    const known = this.known.get(s);
    if (known !== undefined) return known;
    if (this.known.size >= this.limit) this.known.clear();
    this.known.set(s, s);
    return s;
  }
}
