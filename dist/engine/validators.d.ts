/** The names with a check, for the test that they are the schema's. */
export declare const VALIDATOR_NAMES: string[];
/** The check a rule's `validate:` names, or undefined for an unknown name. */
export declare function validatorFor(name: string): ((secret: string) => boolean) | undefined;
