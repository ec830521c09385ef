/** Standard input (a CI build log, a piped file), streamed in line-aligned fragments. */
import type { Fragment } from '../engine/fragment';
import type { ScanLedger, Source } from './types';
/** Scans a readable stream as one file named `name`. */
export declare class StdinSource implements Source {
    private readonly input;
    private readonly name;
    readonly kind: "stdin";
    constructor(input: NodeJS.ReadableStream, name: string);
    items(ledger: ScanLedger): AsyncGenerator<Fragment>;
}
