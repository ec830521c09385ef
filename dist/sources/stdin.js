"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StdinSource = void 0;
const chunk_1 = require("./chunk");
/** Scans a readable stream as one file named `name`. */
class StdinSource {
    input;
    name;
    kind = 'stdin';
    constructor(input, name) {
        this.input = input;
        this.name = name;
    }
    async *items(ledger) {
        const chunker = new chunk_1.Chunker(this.name, { kind: 'stdin' });
        let total = 0;
        try {
            for await (const block of this.input) {
                const buf = typeof block === 'string' ? Buffer.from(block) : block;
                total += buf.length;
                yield* chunker.push(buf);
            }
        }
        catch (err) {
            ledger.problem(`cannot read standard input: ${err.message}`, this.name);
            return;
        }
        yield* chunker.end();
        ledger.scanned(total);
    }
}
exports.StdinSource = StdinSource;
