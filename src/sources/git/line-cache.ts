/**
 * The line keys (line-index.ts) of recently read versions, bounded by bytes: the previous version of
 * a file is usually read some commits before the next one, and with its keys at hand only the changed
 * lines need scanning. Oldest out first.
 */
import type { CarryState } from './carry';

/** A remembered version: its line keys, and what it carries of its predecessors' secrets. */
export interface CachedVersion {
  keys: Float64Array;
  carry: CarryState;
}

export class LineCache {
  private readonly entries = new Map<string, CachedVersion>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(id: string): CachedVersion | undefined {
    const v = this.entries.get(id);
    if (v) {
      // Touch: a version read again stays longer.
      this.entries.delete(id);
      this.entries.set(id, v);
    }
    return v;
  }

  set(id: string, version: CachedVersion): void {
    if (version.keys.byteLength > this.maxBytes / 8 || this.entries.has(id)) return;
    this.entries.set(id, version);
    this.bytes += version.keys.byteLength;
    for (const [old, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(old);
      this.bytes -= v.keys.byteLength;
    }
  }
}
