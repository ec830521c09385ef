import { type CliIO } from './io';
import { type Settings, type TrustFlags } from '../config/trust';
import { type RuleSpec } from '../rules/registry';
import type { RuleDefinition } from '../rules/types';
import { type RepoInfo } from '../sources/git/repo';
import type { PathPolicy } from '../sources/types';
import { type Style } from '../report/types';
import { type UntrustedRange } from './untrusted-head';
/** Flags that shape rules, limits, suppressions and trust, shared by every command that scans. */
export interface SetupFlags extends TrustFlags {
    config?: string;
    decodeDepth?: string;
    ignoreComment?: string[];
    scanLockfiles?: boolean;
    /** --range A..B, needed by --untrusted-head. */
    range?: string;
    /** The rules' documentation is needed (SARIF, rules check); otherwise the lighter scan bundle is loaded. */
    docs?: boolean;
}
/** Settings, rules and limits resolved for one run. */
export interface RunSetup {
    settings: Settings;
    /** The repository holding the target, when its .git can be trusted. */
    repo?: RepoInfo;
    spec: RuleSpec;
    rules: Map<string, RuleDefinition>;
    maxFileSize: number;
    policy: PathPolicy;
    suppress: boolean;
    /** The trusted key for secret identities (TOKENGUARD_HASH_KEY or the user config directory). */
    hashKey?: Buffer;
    /** With --untrusted-head: the base and head of the range. */
    untrusted?: UntrustedRange;
    /** Inline markers honoured (empty with --no-suppress). */
    markers: string[];
}
/** Loads the settings for `target` (user config directory, --config, the scanned tree's config) and selects rules. */
export declare function setupRun(io: CliIO, target: string, flags: SetupFlags): Promise<RunSetup>;
/** Commander accumulator for repeatable options. */
export declare const collect: (value: string, previous?: string[]) => string[];
/** Parses a non-negative integer flag. */
export declare function parseCount(flag: string, value: string | undefined): number | undefined;
/** Writes a report to a file or stdout; an unwritable file is an error naming it. */
export declare function writeOutput(io: CliIO, text: string, file: string | undefined): void;
/**
 * What FORCE_COLOR says, read as Node and chalk read it: unset is no opinion; "0" or "false" means no
 * colour; any other value, even an empty one, means colour.
 */
export declare function colorForced(env: NodeJS.ProcessEnv): boolean | undefined;
/**
 * The six styles as plain ANSI codes, for where chalk cannot load: chalk 5 is an ES module, and the
 * in-process test runner (jest without --experimental-vm-modules) cannot import() one. The built CLI uses chalk.
 */
export declare const ANSI: Style;
/** Whether text output is coloured: see styleFor. */
export declare function colorWanted(io: CliIO, color: boolean, toFile: boolean): boolean;
/**
 * Colours for text output. --no-color and a report file always mean plain text. Otherwise FORCE_COLOR
 * decides when set (CI logs render ANSI colours but are not terminals; as in Node, it overrides
 * NO_COLOR), then NO_COLOR, then whether stdout is a terminal. chalk is loaded only when colour is on,
 * so a piped scan or a pre-commit check (no terminal) never pays for it.
 */
export declare function styleFor(io: CliIO, color: boolean, toFile: boolean): Promise<Style>;
