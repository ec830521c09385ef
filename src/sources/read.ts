/**
 * Reads one file from disk without following symlinks or blocking on FIFOs. Reads are synchronous on
 * purpose: they run inside detection workers, where blocking costs nothing and saves the event-loop
 * overhead per file. Small files come back whole; large ones stream as line-aligned fragments.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Origin } from '../engine/fragment';
import { CHUNK_SIZE } from './chunk';
import { classifyStart, contentFragment, contentFragments, viewsOf } from './content';
import type { LedgerSink, MissingPolicy, ViewFragment } from './types';

/** Open flags for every file read: no symlinks followed, no blocking on a FIFO. */
export const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
const BLOCK = 1024 * 1024;

/** Reads `file` and yields the fragments the engine reads (sources/content.ts); skips and problems go to the sink. */
export function* readFileFragments(file: string | Buffer, display: string, origin: Origin, maxFileSize: number, sink: LedgerSink, onMissing: MissingPolicy = 'problem'): Generator<ViewFragment> {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (err) {
    openFailed(err as NodeJS.ErrnoException, display, sink, onMissing);
    return;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return sink.skip(display, 'not-a-regular-file');
    if (st.size > maxFileSize) return sink.skip(display, 'too-large', st.size);
    if (st.size <= CHUNK_SIZE) {
      const fragment = contentFragment(readUpTo(fd, st.size), display, origin, sink);
      if (fragment) yield* viewsOf(fragment, sink);
      return;
    }
    yield* streamLarge(fd, display, origin, maxFileSize, sink);
  } catch (err) {
    sink.problem(`read failed: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, display);
  } finally {
    closeSync(fd);
  }
}

function openFailed(err: NodeJS.ErrnoException, display: string, sink: LedgerSink, onMissing: MissingPolicy): void {
  switch (err.code) {
    case 'ELOOP':
    case 'EMLINK': // O_NOFOLLOW on a symlink
      sink.skip(display, 'symlink');
      return;
    case 'ENOENT':
      if (onMissing === 'problem') sink.problem('file disappeared before it could be read', display);
      return;
    case 'ENXIO': // a socket
    case 'EISDIR':
      sink.skip(display, 'not-a-regular-file');
      return;
    default:
      sink.problem(`cannot open: ${err.code ?? err.message}`, display);
  }
}

/** Reads up to `size` bytes; a file that shrank yields what is there, one that grew is cut at `size`. */
export function readUpTo(fd: number, size: number): Buffer {
  const buf = Buffer.allocUnsafeSlow(size);
  let got = 0;
  while (got < size) {
    const n = readSync(fd, buf, got, size - got, got);
    if (n === 0) break;
    got += n;
  }
  return got === size ? buf : buf.subarray(0, got);
}

/** A file too large to hold: read in blocks, classified by its first one, cut into fragments as it goes. */
function* streamLarge(fd: number, display: string, origin: Origin, maxFileSize: number, sink: LedgerSink): Generator<ViewFragment> {
  let total = 0;
  const next = (): Buffer | undefined => {
    const buf = Buffer.allocUnsafeSlow(BLOCK);
    const n = readSync(fd, buf, 0, BLOCK, null);
    total += n;
    if (total > maxFileSize) throw new Error('grew past the size limit while being read');
    return n === 0 ? undefined : buf.subarray(0, n);
  };
  const first = next();
  function* blocks(): Generator<Buffer> {
    for (let b = first; b; b = next()) yield b;
  }
  if (first) yield* contentFragments(classifyStart(first), blocks(), display, origin, sink);
  sink.scanned(total);
}
