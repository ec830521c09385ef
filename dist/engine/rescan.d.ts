/**
 * Rescanning assembled text: each rewrite (engine/assemble.ts), with the rest of its source line around
 * it, is scanned as a small fragment of its own, so `password = "Kp9#" + "mZ2!…"` still reads as an
 * assignment. A finding inside the virtual text is moved back onto the source bytes it came from: it
 * starts in the piece where the secret starts, and ends where it ends. Only rewritten bytes are
 * scanned (and the line around them), never the whole fragment again.
 */
import { type Rewrite } from './assemble';
import { SeenSpans } from './context';
import type { Finding } from './finding';
import type { Fragment } from './fragment';
import { type TriggerKind } from './triggers';
/** The plain detector (and the decoder), passed in to keep this module free of cycles. */
export type Scan = (f: Fragment, seen: SeenSpans) => Finding[];
/** Findings in the strings a fragment assembles or escapes, where the keyword hits show triggers. */
export declare function detectAssembled(fragment: Fragment, hits: Map<number, number[]>, kinds: ReadonlyMap<number, TriggerKind>, scan: Scan, seen?: SeenSpans): Finding[];
/** Scans each rewrite with its context and maps what it finds back to the source. */
export declare function detectRewritten(fragment: Fragment, rewrites: Rewrite[], scan: Scan, seen?: SeenSpans): Finding[];
