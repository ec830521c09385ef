/**
 * The line keys (line-index.ts) of recently read versions, bounded by bytes: the previous version of
 * a file is usually read some commits before the next one, and with its keys at hand only the changed
 * lines need scanning. Oldest out first.
 */
export class LineCache {
  private readonly entries = new Map<string, Float64Array>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(id: string): Float64Array | undefined {
    const k = this.entries.get(id);
    if (k) {
      // Touch: a version read again stays longer.
      this.entries.delete(id);
      this.entries.set(id, k);
    }
    return k;
  }

  set(id: string, keys: Float64Array): void {
    if (keys.byteLength > this.maxBytes / 8 || this.entries.has(id)) return;
    this.entries.set(id, keys);
    this.bytes += keys.byteLength;
    for (const [old, k] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(old);
      this.bytes -= k.byteLength;
    }
  }
}
