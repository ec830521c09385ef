import type { PathPolicy, ScanLedger } from './types';
/** A file found by the walk: raw absolute path for I/O, display path relative to the root. */
export interface WalkEntry {
    raw: Buffer;
    display: string;
}
/** Walks `root` (absolute) and returns the files to scan, recording skips and unreadable directories. */
export declare function walkTree(root: string, ledger: ScanLedger, policy: PathPolicy, gitignore?: boolean): Promise<WalkEntry[]>;
