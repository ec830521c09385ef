/**
 * The precision filters a candidate secret passes before it becomes a finding. Each returns the name
 * of the reason it drops a candidate, so they can be counted and tested one at a time. Specific rules
 * (a provider's token format) get the cheap universal checks; generic rules (a secret-like key with
 * some value) must also look like a credential and not like a reference, a hash or an identifier.
 */
import type { CompiledRule } from './compiled-rule';
import type { Fragment } from './fragment';
import type { RuleSet } from './ruleset';
/** What a filter sees about one candidate. */
export interface FilterInput {
    secret: string;
    /** The whole regex match: for generic rules it holds the key name. */
    match: string;
    /** The character right after the secret ('' at the end). */
    after: string;
    rule: CompiledRule;
    ruleSet: RuleSet;
    fragment: Fragment;
}
/** One filter: the reason it rejects the candidate, or undefined to let it through. */
export type SecretFilter = (c: FilterInput) => string | undefined;
export declare const entropyFilter: SecretFilter;
export declare const placeholderFilter: SecretFilter;
export declare const exampleKeyFilter: SecretFilter;
export declare const stopwordFilter: SecretFilter;
export declare const validatorFilter: SecretFilter;
export declare const ruleAllowlistFilter: SecretFilter;
export declare const configAllowlistFilter: SecretFilter;
/** Generic: the value names where the secret lives rather than being it. */
export declare const secretManagerFilter: SecretFilter;
/** Generic: hashes and identifiers (integrity hashes, password hashes, digests or UUIDs under a hash/id key). */
export declare const hashIdFilter: SecretFilter;
/** Generic: a filesystem path, not a credential (PWD: /Users/me, SECRET_DIR=/keystore/x). */
export declare const pathLikeFilter: SecretFilter;
/** Generic: the key names something about a secret (its file, name, URL, type, lifetime), not the secret. */
export declare const keyNameFilter: SecretFilter;
/** Generic: the value is code or a variable, not a literal secret. */
export declare const codeReferenceFilter: SecretFilter;
/** Number of character classes (lower, upper, digit, other) in a value. */
export declare function characterClasses(value: string): number;
/** Generic: a credential mixes character classes; words and identifiers do not. */
export declare const diversityFilter: SecretFilter;
/** Generic: public keys, certificates and keys documented as client-side are not secrets. */
export declare const publicMaterialFilter: SecretFilter;
/**
 * Code, not a value: a call cut at its arguments (`convert_to_secret_str(`), a type with its parameter
 * (`Optional[SecretStr]`) or a literal ending an argument (`psk=None, psk_mode=None`), as a rule whose
 * value is any run of characters reads a declaration's type or a call. No token or password is written so.
 */
export declare const codeShapeFilter: SecretFilter;
/** The chain, cheapest and most decisive first. */
export declare const FILTERS: SecretFilter[];
/** The filters every rule gets, the generic extractor included (it judges values itself). */
export declare const UNIVERSAL_FILTERS: SecretFilter[];
/** The first reason a universal filter gives to drop the candidate. */
export declare function universalRejectReason(c: FilterInput): string | undefined;
/** The first reason any filter gives to drop the candidate. */
export declare function rejectReason(c: FilterInput): string | undefined;
