/** A rule's examples made concrete: templates expanded, fake secrets drawn. */
import { expandTemplate, fakeSecret, Prng } from './fake';
import type { RuleDefinition } from './types';

/** A concrete example line and the secret it must (or must not) yield. */
export interface ExpandedExample {
  text: string;
  secret?: string;
}

/** Expands a rule's examples into concrete text with freshly generated fake secrets. */
export function expandExamples(def: RuleDefinition, seed = ''): { positive: ExpandedExample[]; negative: ExpandedExample[] } {
  const positive = def.examples.positive.map((ex, i) => {
    const rng = new Prng(`${seed}${def.id}#p${i}`);
    if (typeof ex !== 'string') {
      const secret = expandTemplate(ex.secret, rng, undefined);
      return { text: expandTemplate(ex.text, rng, secret), secret };
    }
    const secret = ex.includes('{{secret}}') ? fakeSecret(def, rng) : undefined;
    return { text: expandTemplate(ex, rng, secret), secret };
  });
  const negative = (def.examples.negative ?? []).map((ex, i) => {
    const rng = new Prng(`${seed}${def.id}#n${i}`);
    return { text: expandTemplate(ex, rng, ex.includes('{{secret}}') ? fakeSecret(def, rng) : undefined) };
  });
  return { positive, negative };
}
