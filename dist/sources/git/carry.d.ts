/**
 * Which secrets of a file's previous version the next version still holds, answered while the next
 * version's content is in hand. A version scanned only in its changed lines holds the secrets found
 * there plus those of the previous version it still contains; lineage.ts settles that at the end, and
 * without this it reads every such version from git a second time (1,500 blobs, 1.2 s of a 7.8 s scan
 * on a history whose busiest files held a secret for a while).
 *
 * Known only when the previous version's own findings are all in: on the main thread they are before
 * the next blob is read; a version still in a worker's batch is left to the re-read.
 */
import type { Finding } from '../../engine/finding';
import type { ScanItem } from '../types';
import { type CarryCheck } from './lineage';
/** A version whose carried secrets are known, and what they are (besides its own findings). */
export interface CarryState {
    /** The scan profile its findings hold under. */
    profile: string;
    /** Secrets of its predecessors it still holds; undefined when that could not be worked out. */
    carried?: readonly Finding[];
}
/** Carried by a version read whole (it holds only what its own scan finds), or by one whose predecessor held nothing. */
export declare const NO_FINDINGS: readonly Finding[];
/** Findings per blob as the engine reports them, and which blobs still have fragments in the engine. */
export declare class Carry {
    private readonly own;
    private readonly pending;
    /** A fragment of `blob` was handed to the engine. */
    yielded(blob: string): void;
    /** True while fragments of `blob` handed to the engine are not all scanned. */
    outstanding(blob: string): boolean;
    /** Items are scanned, and these are their findings. */
    scanned(items: readonly ScanItem[], findings: readonly Finding[]): void;
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
