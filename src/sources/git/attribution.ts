/**
 * What a history finding needs beyond its blob: how many commits or paths carry the blob, whether
 * HEAD still holds the secret, and when the secret was first seen. The introducing commit and path
 * travel with each blob's fragment; only compact per-blob counters are kept for the whole history.
 */
import type { Finding } from '../../engine/finding';
import { BlobTable } from './blob-table';

export class Attribution {
  /** Every blob the walk met, with the number of (commit, path) pairs that carry it. */
  readonly seen = new BlobTable();
  private head = new BlobTable(16);

  /** Records a sighting; true when the blob is new (scan it). */
  introduce(blob: string): boolean {
    return this.seen.add(blob) === 1;
  }

  /** Marks a blob as asked of git to be scanned; true the first time. */
  request(blob: string): boolean {
    return this.seen.mark(blob);
  }

  /** True once the blob was asked of git (under a path that is scanned). */
  requested(blob: string): boolean {
    return this.seen.marked(blob);
  }

  /** Marks a blob some of whose fragments were numbered from one: its findings' lines are put right at the end. */
  numberFromOne(blob: string): void {
    this.seen.mark(blob, 1);
  }

  numberedFromOne(blob: string): boolean {
    return this.seen.marked(blob, 1);
  }

  get size(): number {
    return this.seen.size;
  }

  /** The blob ids of HEAD's tree. */
  setHead(head: BlobTable): void {
    this.head = head;
  }

  /** True when HEAD's tree holds this blob. */
  inHeadTree(blob: string): boolean {
    return this.head.has(blob);
  }

  /** Adds alsoIn, firstSeen and (unless already settled) inHead to history findings (commit, author and date came with the blob). */
  enrich(findings: Finding[]): void {
    const firstSeen = new Map<string, string>();
    const inHead = new Set<string>();
    for (const f of findings) {
      if (f.date && f.date < (firstSeen.get(f.secretId) ?? '\uffff')) firstSeen.set(f.secretId, f.date);
      if (f.blob && this.head.has(f.blob)) inHead.add(f.secretId);
    }
    for (const f of findings) {
      if (!f.blob) continue;
      f.alsoIn = Math.max(0, this.seen.get(f.blob) - 1);
      const first = firstSeen.get(f.secretId);
      if (first) f.firstSeen = first;
      f.inHead ??= inHead.has(f.secretId);
    }
  }
}
