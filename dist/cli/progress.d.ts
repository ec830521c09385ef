/** Progress on stderr for long scans: only on a terminal, never with --quiet. */
import type { ScanLedger } from '../sources/types';
import type { OutStream } from './io';
/** Receives progress updates; a no-op when progress is off. */
export interface Progress {
    update(ledger: ScanLedger, total?: number): void;
    stop(): void;
}
/** A progress bar when stderr is a terminal and the user did not ask for quiet. */
export declare function createProgress(stream: OutStream, enabled: boolean): Progress;
