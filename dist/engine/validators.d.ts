/** Structural checks a rule can ask for (`validate:`), for formats a regex cannot judge alone. */
export declare function validatorFor(name: string): ((secret: string) => boolean) | undefined;
