/**
 * What a file's bytes are, and how they become text to scan: the one decision every source (working
 * tree, index, history) and `revoke` share. Nothing is skipped for looking binary: text is scanned as
 * it is, UTF-16 is decoded, and anything else is scanned through its printable strings, as `strings`
 * would see it. Only a real Git LFS pointer is left out (listed), since its content lives elsewhere.
 */
import type { Origin } from '../engine/fragment';
import type { LedgerSink, NonText, SourceFragment, ViewFragment } from './types';
/** How a file's bytes are read: as they are, as UTF-16 text, or through their printable strings. */
export type ContentKind = 'text' | NonText;
/** Classifies a whole file or blob: a real LFS pointer, or how its bytes are read. */
export declare function classifyContent(bytes: Buffer): ContentKind | 'lfs-pointer';
/**
 * How bytes starting a file are read. A UTF-16 byte order mark decides on its own; without one, NULs
 * in the probe decide between UTF-16 (zeros at every other position), text with a few stray control
 * bytes, and binary.
 */
export declare function classifyStart(bytes: Buffer): ContentKind;
/**
 * A whole file or blob already in memory, classified: undefined (and listed as skipped) for an LFS
 * pointer, otherwise counted as scanned and returned as one fragment, tagged when it is not text.
 */
export declare function contentFragment(bytes: Buffer, path: string, origin: Origin, sink: LedgerSink, size?: number): SourceFragment | undefined;
/** The fragments the engine reads for a fragment a source yielded: itself when it is text. */
export declare function viewsOf(fragment: SourceFragment, sink: LedgerSink): Iterable<ViewFragment>;
/**
 * The fragments the engine reads for one file given as consecutive blocks: text as it is (cut into
 * line-aligned pieces), UTF-16 decoded to UTF-8, and for anything not text, also its printable
 * strings. The strings are read for UTF-16 too: a byte order mark or a zero pattern is the file's own
 * claim, and ASCII behind a false one would otherwise never be seen. `sink` hears of non-text files.
 */
export declare function contentFragments(kind: ContentKind, blocks: Iterable<Buffer>, path: string, origin: Origin, sink: LedgerSink): Generator<ViewFragment>;
