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
  secretSha256: string;
  fingerprint: string;
  source: OriginKind;
  /** The source line around the secret, raw; redaction masks it. */
  lineText: string;
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
