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
import { byBlob, carryKey, locate, type BlobEvent, type CarryCheck, type Location } from './lineage';

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
export const carryState = (profile: string, carried: readonly Finding[] | undefined): CarryState => ({ profile, carried, waiting: false, secrets: false });

/** A version whose check waits: its introduction, its predecessor's state and its own. */
interface Deferred {
  ev: BlobEvent;
  parent: CarryState;
  state: CarryState;
}

/** Carried by a version read whole (it holds only what its own scan finds), or by one whose predecessor held nothing. */
export const NO_FINDINGS: readonly Finding[] = [];
const NOTHING_CHECKED: CarryCheck = { checked: new Set(), found: new Map() };

/** Findings per blob as the engine reports them, and which blobs still have fragments in the engine. */
export class Carry {
  private readonly own = new Map<string, Finding[]>();
  private readonly pending = new Map<string, number>();
  /** Checks waiting for findings, in walk order (a version after its predecessor). */
  private deferred: Deferred[] = [];
  /** A check that will need a version's bytes was deferred since takeUrgent() last answered. */
  private urgent = false;

  /** `bytesOf(blob)`: a recent version's bytes, while they are remembered. */
  constructor(private readonly bytesOf: (blob: string) => Buffer | undefined = () => undefined) {}

  /** A fragment of `blob` was handed to the engine. */
  yielded(blob: string): void {
    this.pending.set(blob, (this.pending.get(blob) ?? 0) + 1);
  }

  /** True while fragments of `blob` handed to the engine are not all scanned. */
  outstanding(blob: string): boolean {
    return this.pending.has(blob);
  }

  /** Items are scanned, and these are their findings. */
  scanned(items: readonly ScanItem[], findings: readonly Finding[]): void {
    for (const item of items) {
      const blob = item.origin.blob;
      if (!blob) continue;
      const left = (this.pending.get(blob) ?? 0) - 1;
      if (left > 0) this.pending.set(blob, left);
      else this.pending.delete(blob);
    }
    byBlob(findings, this.own);
    if (this.deferred.length > 0) this.resolve();
  }

  /**
   * The check of `ev`'s version (state `state`, its predecessor's `parent`) waits for the predecessor's
   * findings; it is made against the version's remembered bytes when they come in.
   */
  defer(ev: BlobEvent, parent: CarryState, state: CarryState): void {
    state.waiting = true;
    state.secrets = parent.waiting ? parent.secrets : (parent.carried?.length ?? 0) > 0 || this.own.has(ev.parent!);
    // The bytes stay in the cache of recent versions only so long: a lineage that holds a secret asks
    // for its predecessor's findings now, not when a batch of hundreds of fragments is full.
    if (state.secrets) this.urgent = true;
    this.deferred.push({ ev, parent, state });
  }

  /** True when a check that needs bytes was deferred since the last call. */
  takeUrgent(): boolean {
    const u = this.urgent;
    this.urgent = false;
    return u;
  }

  /** Makes the checks whose predecessor's holdings are now known; gives up those that can no longer be made. */
  private resolve(): void {
    this.deferred = this.deferred.filter(({ ev, parent, state }) => {
      const held = this.held(ev.parent!, parent, ev.profile);
      if (!held && (parent.waiting || this.pending.has(ev.parent!))) return true;
      // Nothing to look for needs no bytes: a lineage without secrets never depends on the cache.
      const bytes = held && (held.length === 0 ? Buffer.alloc(0) : this.bytesOf(ev.blob));
      if (bytes) {
        const checked = Carry.check(held, bytes);
        ev.carry = checked.check;
        state.carried = checked.carried;
      }
      state.waiting = false;
      return false;
    });
  }

  /**
   * Every secret `parent` holds under `profile` (its own findings and what it carried), or undefined
   * when that is not known yet.
   */
  held(parent: string, state: CarryState, profile: string): readonly Finding[] | undefined {
    if (state.profile !== profile || state.carried === undefined || this.pending.has(parent)) return undefined;
    const own = this.own.get(parent);
    if (!own) return state.carried;
    if (state.carried.length === 0) return own;
    // A secret found again in a changed line is both its own and carried: once is enough (else the list
    // grows by one copy per version, and so does the search).
    const mine = new Set(own.map(carryKey));
    return [...own, ...state.carried.filter((f) => !mine.has(carryKey(f)))];
  }

  /** Looks for each of `held` in `content`: the check the lineage settles with, and the secrets carried on. */
  static check(held: readonly Finding[], content: Buffer): { check: CarryCheck; carried: readonly Finding[] } {
    if (held.length === 0) return { check: NOTHING_CHECKED, carried: NO_FINDINGS };
    const checked = new Set<string>();
    const found = new Map<string, Location>();
    const carried: Finding[] = [];
    for (const f of held) {
      const k = carryKey(f);
      if (checked.has(k)) continue;
      checked.add(k);
      const at = content.indexOf(f.encodedText ?? f.secret);
      if (at < 0) continue;
      if (!found.has(k)) found.set(k, locate(content, at));
      carried.push(f);
    }
    return { check: { checked, found }, carried };
  }
}
