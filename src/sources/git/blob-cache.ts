/**
 * Recently read blob contents, bounded by bytes: the previous version of a file is usually read a few
 * commits before the next one, and with it at hand only the changed lines need scanning. Oldest out first.
 */
export class BlobCache {
  private readonly entries = new Map<string, Buffer>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(id: string): Buffer | undefined {
    const b = this.entries.get(id);
    if (b) {
      // Touch: a version read again stays longer.
      this.entries.delete(id);
      this.entries.set(id, b);
    }
    return b;
  }

  set(id: string, content: Buffer): void {
    if (content.length > this.maxBytes / 8 || this.entries.has(id)) return;
    this.entries.set(id, content);
    this.bytes += content.length;
    for (const [old, b] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(old);
      this.bytes -= b.length;
    }
  }
}
