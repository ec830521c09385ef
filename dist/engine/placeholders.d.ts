/**
 * Recognises values that stand in for a secret: masked or templated values, example words, one
 * repeated character, keyboard or alphabet sequences. The checks look at the part after the
 * provider prefix, so `sk_live_xxxxxxxx` is a placeholder while a random token is not.
 */
/** Why `secret` is a placeholder, or undefined. `prefix` is the rule's literal token prefix. */
export declare function placeholderReason(secret: string, prefix: string | undefined, generic: boolean): string | undefined;
