import type { ConfigLayer, HookConfig, TokenguardConfig, VerifyConfig } from './types';
/** Default for --max-file-size. */
export declare const DEFAULT_MAX_FILE_SIZE: number;
/** Rule priority a repository's custom rule can reach at most: below every built-in provider and format rule. */
export declare const REPO_RULE_MAX_PRIORITY = -2;
/** The flags that move the boundary. */
export interface TrustFlags {
    /** --trust-repo-config: the scanned tree's config may run code (JavaScript) and define hooks. */
    trustRepoConfig?: boolean;
    /** --untrusted-head: the repository's settings come from the base revision of --range. */
    untrustedHead?: boolean;
    /** false with --no-code-config: no JavaScript config anywhere. */
    codeConfig?: boolean;
    /** false with --no-suppress: no suppressions at all, including a lowered size limit. */
    suppress?: boolean;
    /** --max-file-size as given. */
    maxFileSize?: string;
    /** Verification or revocation was asked for: say when repository verify settings are ignored. */
    network?: boolean;
    /** --run-hooks was given: say when repository hooks are ignored. */
    runHooks?: boolean;
}
/** A config's rules, with the name errors give it. */
export interface RuleLayer {
    config: TokenguardConfig;
    shown: string;
}
/** What a run may use, sorted by where each setting came from. */
export interface Settings {
    /** Rules, allowlists and markers come from every layer; the repository's custom rules cannot verify or revoke. */
    ruleLayers: RuleLayer[];
    verify: VerifyConfig;
    hooks: HookConfig[];
    /** True when the repository's config defines hooks the boundary set aside (no --trust-repo-config). */
    repoHooksSetAside: boolean;
    maxFileSize: number;
    allowlistPaths: string[];
    ignoreComments: string[];
    scanLockfiles: boolean;
    /**
     * The `baseline` key of the last layer that sets it (the user config directory's, then --config's or
     * the scanned tree's), with the folder it is relative to. Read like a --baseline file: with
     * --untrusted-head, a file inside the repository comes from the base revision.
     */
    baseline?: ConfiguredBaseline;
    /** The settings the boundary set aside, one line each, naming the file and key. */
    warnings: string[];
}
/** A baseline file a config names. */
export interface ConfiguredBaseline {
    /** As written in the config. */
    file: string;
    /** The folder of the config, which `file` is relative to (undefined: the working directory). */
    dir?: string;
    /** "CONFIG: baseline", for messages. */
    shown: string;
    origin: ConfigLayer['origin'];
}
/** Checks flag combinations the boundary forbids. */
export declare function checkTrustFlags(flags: TrustFlags & {
    range?: string;
}): void;
/** Why a JavaScript config of this origin may not be loaded, or undefined when it may. */
export declare function codeRefusal(origin: ConfigLayer['origin'], flags: TrustFlags): string | undefined;
/**
 * Sorts the layers of one run. `trusted` are the user config directory's and --config's (in that
 * order, later wins); `repo` is the config found in the scanned tree (or the base revision).
 */
export declare function sortSettings(trusted: ConfigLayer[], repo: ConfigLayer | undefined, flags: TrustFlags): Settings;
