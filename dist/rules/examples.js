"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.expandExamples = expandExamples;
/** A rule's examples made concrete: templates expanded, fake secrets drawn. */
const fake_1 = require("./fake");
/** Expands a rule's examples into concrete text with freshly generated fake secrets. */
function expandExamples(def, seed = '') {
    const positive = def.examples.positive.map((ex, i) => {
        const rng = new fake_1.Prng(`${seed}${def.id}#p${i}`);
        if (typeof ex !== 'string') {
            const secret = (0, fake_1.expandTemplate)(ex.secret, rng, undefined);
            return { text: (0, fake_1.expandTemplate)(ex.text, rng, secret), secret };
        }
        const secret = ex.includes('{{secret}}') ? (0, fake_1.fakeSecret)(def, rng) : undefined;
        return { text: (0, fake_1.expandTemplate)(ex, rng, secret), secret };
    });
    const negative = (def.examples.negative ?? []).map((ex, i) => {
        const rng = new fake_1.Prng(`${seed}${def.id}#n${i}`);
        return { text: (0, fake_1.expandTemplate)(ex, rng, ex.includes('{{secret}}') ? (0, fake_1.fakeSecret)(def, rng) : undefined) };
    });
    return { positive, negative };
}
