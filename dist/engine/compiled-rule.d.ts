/** A rule ready to run: the runtime form of a rule definition (rules/types.ts). */
import RE2 from 're2';
import type { RuleDefinition } from '../rules/types';
import { type Confirm } from './confirm';
/**
 * A content regex as the engine runs it: global, with group indices, and its leading `\b` left to the
 * window (see leadingBoundary), where a `\n` escape before a key counts as a boundary (a JSON string's
 * `…has\nR2_SECRET_ACCESS_KEY=…`).
 */
export declare const runnableRegex: (regex: string) => [pattern: string, flags: string];
/** A needed value's pattern as the engine runs it. */
export declare const runnableNeed: (regex: string) => [pattern: string, flags: string];
/** A rule ready to run. Regexes compile on first use so a pre-commit run pays only for rules it needs. */
export declare class CompiledRule {
    readonly def: RuleDefinition;
    readonly id: string;
    readonly keywords: string[];
    readonly stopwords: string[];
    /** The rule's provider (engine/rule-facts.ts). */
    readonly provider: string;
    /** The rule's precedence on contested bytes (engine/rule-facts.ts). */
    readonly priority: number;
    private re?;
    private pathRe?;
    private allowRes?;
    private allowPathMatch?;
    private nearRes?;
    constructor(def: RuleDefinition);
    /**
     * The rule's `generic` flag, read once: rule definitions come in dozens of shapes (their optional
     * fields), and reading the flag off them in the hot paths had V8 recompile detect() nine times in a
     * rails-shaped history scan instead of three ("wrong map" in --trace-deopt).
     */
    readonly generic: boolean;
    /**
     * True when the rule's regex starts with \b. The regex then runs without it (a leading \b stops RE2
     * from jumping to the literal prefix with memchr, several times slower) and the engine checks the
     * boundary itself. Worked out once: it is asked for every match.
     */
    readonly leadingBoundary: boolean;
    /** Half-width of the window around a keyword the rule can run in, or undefined to run over everything. */
    get windowSpan(): number | undefined;
    private span?;
    /** The check of the bytes after each keyword (engine/confirm.ts), by keyword; null where there is none. */
    confirmFor(keyword: string): Confirm | undefined;
    private confirms?;
    /** True when no match crosses a line break (bundled rules carry it from the build). */
    get lineLocal(): boolean;
    private local?;
    /** The content regex (global, with group indices), or undefined for a path-only rule. */
    get regex(): RE2 | undefined;
    /**
     * The rule's gate (engine/gate.ts): its regex with long counted repetitions left open, which matches
     * wherever the regex does and compiles in a fraction of the time; undefined when the regex has none.
     */
    get gate(): RE2 | undefined;
    private gateRe?;
    get pathRegex(): RE2 | undefined;
    /** Patterns for the values the rule's verify and revoke specs need, compiled on first use. */
    get needs(): Array<{
        name: string;
        re: RE2;
        within: number;
    }>;
    private needRes?;
    /** True when this rule's own allowlist suppresses `secret` found at `path`. */
    allows(secret: string, path: string): boolean;
    /** True when one of the rule's `allowlist.near` patterns matches within NEAR bytes of bytes[start, end). */
    allowsNear(bytes: Buffer, start: number, end: number): boolean;
}
