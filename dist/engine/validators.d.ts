/** Supabase's anon key: a JWT whose role claim is `anon`, published to browsers by design (row-level security applies); jwt() below passes over it too. */
export declare function anonJwt(token: string): boolean;
/** The names with a check, for the test that they are the schema's. */
export declare const VALIDATOR_NAMES: string[];
/** The check a rule's `validate:` names, or undefined for an unknown name. */
export declare function validatorFor(name: string): ((secret: string) => boolean) | undefined;
