import type { OriginKind } from './fragment';
import type { Severity } from '../rules/types';
/** A detected secret, raw and unredacted. Only report/redact.ts turns it into anything printable. */
export interface Finding {
    ruleId: string;
    ruleName: string;
    provider: string;
    severity: Severity;
    path: string;
    line: number;
    column: number;
    endLine: number;
    /** Exclusive, like SARIF's endColumn. */
    endColumn: number;
    secret: string;
    /** The secret's identity (engine/identity.ts), set after the scan; '' until then. */
    secretId: string;
    /** Rule, path and identity hashed (engine/fingerprint.ts), set with the identity; '' until then. */
    fingerprint: string;
    /** What the identity is computed from when it is not the secret (a key store flagged by its path). */
    identityText?: string;
    source: OriginKind;
    /** The source line around the secret (at most 400 bytes of it), raw; redaction masks it. */
    lineText: string;
    /** Spans of lineText (UTF-16 offsets) where the engine saw any candidate, suppressed or not; redaction masks them. */
    lineMasks?: Array<[number, number]>;
    /** lineText was cut out of a longer line at its start, its end, or both; redaction masks the cut tokens. */
    lineCut?: 'start' | 'end' | 'both';
    /** Set when the rule declares a checksum. */
    checksumValid?: boolean;
    /** Byte offsets of the secret within its file or stream. */
    startOffset: number;
    endOffset: number;
    /** Encodings peeled off to reach the secret, outermost first (e.g. ["base64"]). */
    encoding?: string[];
    /** Values a verify or revoke spec needs besides the secret (an account SID), found near it. Raw; never reported. */
    needs?: Record<string, string>;
    /** Every distinct value found for a need that matched more than once, nearest first. Raw; never reported. */
    needCandidates?: Record<string, string[]>;
    /** Set by --verify. */
    verification?: import('../verify/types').VerifyOutcome;
    /** The encoded span the secret was decoded from, raw: redaction masks it in the context line. */
    encodedText?: string;
    /** An inline marker covers it, and the engine was told to mark rather than drop (--untrusted-head). */
    inlineMarker?: boolean;
    /** Why this finding is reported although something asked to suppress it (--untrusted-head). */
    notes?: string[];
    /** Git provenance (history and staged scans). */
    commit?: string;
    blob?: string;
    /** History: author of the introducing commit, its ISO date, other commits or paths carrying the blob. */
    author?: string;
    email?: string;
    date?: string;
    alsoIn?: number;
    /** History: earliest date any blob with this secret was introduced, and whether HEAD still has it. */
    firstSeen?: string;
    inHead?: boolean;
}
