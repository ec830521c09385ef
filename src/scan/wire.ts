/**
 * A batch as it crosses to a worker. Structured clone serialises each fragment object field by field and
 * rebuilds it on the other side: about 2.6 µs a fragment, 0.2 s of the main thread for the rails-shaped
 * history's 78,000 changed regions, and as much again in the worker. As columns (each path and origin
 * once, the numbers in one array, the memory once per buffer) a batch costs a fraction of that.
 * Fragments of bytes only travel as columns; file references and whole files not yet viewed as text
 * (`content`) are cloned as they are.
 */
import type { Origin } from '../engine/fragment';
import { isFileRef, type ScanItem, type SourceFragment } from '../sources/types';

/** Numbers per fragment: buffer, byte offset, length, startLine, offset, overlap, path, origin. */
const FIELDS = 8;

/** A batch's items in columns (see the file's comment). */
export interface WireItems {
  count: number;
  /** Each buffer the fragments' bytes lie in, whole (shared memory is shared, not copied). */
  buffers: Uint8Array[];
  paths: string[];
  origins: Origin[];
  nums: Float64Array;
  /** Items that are not plain fragments, by index. */
  others: Array<[number, ScanItem]>;
}

/** A plain fragment: bytes and the fields every fragment has, nothing else. */
const plain = (item: ScanItem): item is SourceFragment => !isFileRef(item) && item.content === undefined;

/** The columns of `items` (reading each fragment's fields once, getters included). */
export function encodeItems(items: readonly ScanItem[]): WireItems {
  const buffers: Uint8Array[] = [];
  const bufferIds = new Map<ArrayBufferLike, number>();
  const paths: string[] = [];
  const pathIds = new Map<string, number>();
  const origins: Origin[] = [];
  const originIds = new Map<Origin, number>();
  const others: Array<[number, ScanItem]> = [];
  const nums = new Float64Array(items.length * FIELDS);
  items.forEach((item, i) => {
    if (!plain(item)) {
      others.push([i, item]);
      return;
    }
    const { bytes, path, origin } = item;
    let b = bufferIds.get(bytes.buffer);
    if (b === undefined) bufferIds.set(bytes.buffer, (b = buffers.push(new Uint8Array(bytes.buffer)) - 1));
    let p = pathIds.get(path);
    if (p === undefined) pathIds.set(path, (p = paths.push(path) - 1));
    let o = originIds.get(origin);
    if (o === undefined) originIds.set(origin, (o = origins.push(origin) - 1));
    const at = i * FIELDS;
    nums[at] = b;
    nums[at + 1] = bytes.byteOffset;
    nums[at + 2] = bytes.length;
    nums[at + 3] = item.startLine;
    nums[at + 4] = item.offset;
    nums[at + 5] = item.overlap;
    nums[at + 6] = p;
    nums[at + 7] = o;
  });
  return { count: items.length, buffers, paths, origins, nums, others };
}

/** The items again, fragments' bytes as Buffers over the posted memory; others as they arrived. */
export function decodeItems(wire: WireItems): ScanItem[] {
  const { buffers, paths, origins, nums } = wire;
  const out = new Array<ScanItem>(wire.count);
  for (const [i, item] of wire.others) out[i] = item;
  for (let i = 0; i < wire.count; i++) {
    if (out[i] !== undefined) continue;
    const at = i * FIELDS;
    const buffer = buffers[nums[at]];
    out[i] = {
      bytes: Buffer.from(buffer.buffer, buffer.byteOffset + nums[at + 1], nums[at + 2]),
      path: paths[nums[at + 6]],
      startLine: nums[at + 3],
      offset: nums[at + 4],
      overlap: nums[at + 5],
      origin: origins[nums[at + 7]],
    };
  }
  return out;
}
