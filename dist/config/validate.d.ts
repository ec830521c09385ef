/** A parsed config that is not validated yet, with the name messages give it. */
export interface RawConfig {
    data: unknown;
    shown: string;
}
/**
 * Rule-level problems across layers: custom rules (patterns, specs, ids taken by a built-in or an earlier
 * custom rule) and `rules.disable` ids that no built-in or custom rule of any layer has.
 */
export declare function ruleProblems(layers: Array<RawConfig & {
    schemaOk: boolean;
}>): string[];
/** Every problem of a run's configs (in layer order), one line each; empty when all are valid. */
export declare function configsProblems(layers: RawConfig[]): string[];
