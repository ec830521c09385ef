/** Standard input (a CI build log, a piped file), streamed in line-aligned fragments. */
import type { Fragment } from '../engine/fragment';
import { Chunker } from './chunk';
import type { ScanLedger, Source } from './types';

/** Scans a readable stream as one file named `name`. */
export class StdinSource implements Source {
  readonly kind = 'stdin' as const;

  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly name: string,
  ) {}

  async *items(ledger: ScanLedger): AsyncGenerator<Fragment> {
    const chunker = new Chunker(this.name, { kind: 'stdin' });
    let total = 0;
    try {
      for await (const block of this.input as AsyncIterable<Buffer | string>) {
        const buf = typeof block === 'string' ? Buffer.from(block) : (block as Buffer);
        total += buf.length;
        yield* chunker.push(buf);
      }
    } catch (err) {
      ledger.problem(`cannot read standard input: ${(err as Error).message}`, this.name);
      return;
    }
    yield* chunker.end();
    ledger.scanned(total);
  }
}
