/**
 * Answers about a path, remembered: history scans meet the same path in thousands of versions and
 * fragments, and testing every path rule's pattern on it each time cost more than scanning its changes.
 */
export class PathMemo<T> {
  private readonly known = new Map<string, T>();

  constructor(
    private readonly compute: (path: string) => T,
    private readonly limit = 50_000,
  ) {}

  get(path: string): T {
    let v = this.known.get(path);
    if (v === undefined) {
      // A bound, not an LRU: a scan that meets more paths than this starts over, which is still correct.
      if (this.known.size >= this.limit) this.known.clear();
      v = this.compute(path);
      this.known.set(path, v);
    }
    return v;
  }
}
