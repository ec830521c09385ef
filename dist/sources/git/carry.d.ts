/**
 * Which secrets of a file's previous version the next version still holds, answered while the next
 * version's content is in hand. A version scanned only in its changed lines holds the secrets found
 * there plus those of the previous version it still contains; lineage.ts settles that at the end, and
 * without this it reads every such version from git a second time (1,500 blobs, 1.2 s of a 7.8 s scan
 * on a history whose busiest files held a secret for a while).
 *
 * Known only when the previous version's own findings are all in: on the main thread they are before
 * the next blob is read. With detection in a worker, a busy file's next version is read while the
 * previous one is still in a batch: the check waits (defer) and is made when the findings come back,
 * against the version's bytes in the cache of recent versions. Without the wait, a big file edited in
 * most commits was read a second time whole for every version after a secret (1,900 blobs, 3 GB).
 */
import type { Finding } from '../../engine/finding';
import type { ScanItem } from '../types';
import { type BlobEvent, type CarryCheck } from './lineage';
/** A version whose carried secrets are known, and what they are (besides its own findings). */
export interface CarryState {
    /** The scan profile its findings hold under. */
    profile: string;
    /** Secrets of its predecessors it still holds; undefined when that is not (or not yet) worked out. */
    carried?: readonly Finding[];
    /** True while the check waits for the previous version's findings (Carry.defer). */
    waiting?: boolean;
    /** While waiting: whether a secret was known in its lineage (its check will need its bytes). */
    secrets?: boolean;
}
/** A version's carry state with every field set, so that Carry.defer changes its values, not its shape (as history events, see introduce). */
export declare const carryState: (profile: string, carried: readonly Finding[] | undefined) => CarryState;
/** Carried by a version read whole (it holds only what its own scan finds), or by one whose predecessor held nothing. */
export declare const NO_FINDINGS: readonly Finding[];
/** Findings per blob as the engine reports them, and which blobs still have fragments in the engine. */
export declare class Carry {
    private readonly bytesOf;
    private readonly own;
    private readonly pending;
    /** Checks waiting for findings, in walk order (a version after its predecessor). */
    private deferred;
    /** A check that will need a version's bytes was deferred since takeUrgent() last answered. */
    private urgent;
    /** `bytesOf(blob)`: a recent version's bytes, while they are remembered. */
    constructor(bytesOf?: (blob: string) => Buffer | undefined);
    /** A fragment of `blob` was handed to the engine. */
    yielded(blob: string): void;
    /** True while fragments of `blob` handed to the engine are not all scanned. */
    outstanding(blob: string): boolean;
    /** Items are scanned, and these are their findings. */
    scanned(items: readonly ScanItem[], findings: readonly Finding[]): void;
    /**
     * The check of `ev`'s version (state `state`, its predecessor's `parent`) waits for the predecessor's
     * findings; it is made against the version's remembered bytes when they come in.
     */
    defer(ev: BlobEvent, parent: CarryState, state: CarryState): void;
    /** True when a check that needs bytes was deferred since the last call. */
    takeUrgent(): boolean;
    /** Makes the checks whose predecessor's holdings are now known; gives up those that can no longer be made. */
    private resolve;
    /**
     * Every secret `parent` holds under `profile` (its own findings and what it carried), or undefined
     * when that is not known yet.
     */
    held(parent: string, state: CarryState, profile: string): readonly Finding[] | undefined;
    /** Looks for each of `held` in `content`: the check the lineage settles with, and the secrets carried on. */
    static check(held: readonly Finding[], content: Buffer): {
        check: CarryCheck;
        carried: readonly Finding[];
    };
}
