/**
 * The syntax matrix of `rules check`: a rule's secret, assigned to its key in each of the common file
 * syntaxes, must still be found. A rule that only works in the one syntax its examples were written in
 * misses the same secret in the next repository; this is where that shows.
 */
import type { RuleDefinition } from './types';
import { type SyntaxName } from '../generated/rule-file';
/** A file in one syntax holding the secret, and the path it would have. */
export interface SyntaxSample {
    syntax: SyntaxName;
    path: string;
    text: string;
}
/** Words of a key: SENDBIRD_API_TOKEN, sendbird.api-token and sendbirdApiToken all give sendbird, api, token. */
export declare function keyWords(key: string): string[];
/** What the matrix assigns: a key, and a value in which `{{secret}}` stands for the secret. */
export interface MatrixAssignment {
    key: string;
    value: string;
}
/**
 * The key and value of the rule's first assignment-shaped positive example (a URI rule assigns the
 * whole URI, not the bare password), with `syntaxKey` overriding the key; without such an example,
 * the provider's API key holding the bare secret.
 */
export declare function matrixAssignment(def: RuleDefinition): MatrixAssignment;
/** The syntaxes a rule states it need not match in. */
export declare function exemptSyntaxes(def: RuleDefinition): Set<string>;
/** The secret written in every syntax it can be written in unescaped, minus the rule's exemptions. */
export declare function syntaxSamples(def: RuleDefinition, secret: string): SyntaxSample[];
