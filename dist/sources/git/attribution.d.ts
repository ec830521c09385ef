/**
 * What a history finding needs beyond its blob: how many commits or paths carry the blob, whether
 * HEAD still holds the secret, and when the secret was first seen. The introducing commit and path
 * travel with each blob's fragment; only compact per-blob counters are kept for the whole history.
 */
import type { Finding } from '../../engine/finding';
import { BlobTable } from './blob-table';
export declare class Attribution {
    /** Every blob the walk met, with the number of (commit, path) pairs that carry it. */
    readonly seen: BlobTable;
    private head;
    /** Records a sighting; true when the blob is new (scan it). */
    introduce(blob: string): boolean;
    /** Marks a blob as asked of git to be scanned; true the first time. */
    request(blob: string): boolean;
    /** True once the blob was asked of git (under a path that is scanned). */
    requested(blob: string): boolean;
    /** Marks a blob some of whose fragments were numbered from one: its findings' lines are put right at the end. */
    numberFromOne(blob: string): void;
    numberedFromOne(blob: string): boolean;
    get size(): number;
    /** The blob ids of HEAD's tree. */
    setHead(head: BlobTable): void;
    /** True when HEAD's tree holds this blob. */
    inHeadTree(blob: string): boolean;
    /** Adds alsoIn, firstSeen and (unless already settled) inHead to history findings (commit, author and date came with the blob). */
    enrich(findings: Finding[]): void;
}
