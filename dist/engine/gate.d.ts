/**
 * A cheap first test for a rule's regex. RE2 expands a counted repetition into one copy of its body per
 * count, so `[^\n]{0,120}` inside `(?:…\n){0,3}` is hundreds of instructions: compiling the built-in
 * rules' patterns took 2.2 s of a 3.7 s scan of this repository's working tree (808 patterns compiled,
 * up to 29 ms each), and the automata RE2 builds for them are as large. The gate is the same pattern with
 * the long counted repetitions left open (`{0,120}` as `*`): it matches wherever the rule's regex does,
 * since widening a repetition only adds strings to what a pattern matches, so a window the gate finds
 * nothing in cannot hold a match, and the rule's own pattern is compiled only for windows that pass.
 */
/**
 * `pattern` with every counted repetition `{m,n}` outside a character class whose n - m is at least
 * MIN_SPREAD opened up to `{m,}` (`*` and `+` for m of 0 and 1), or undefined when there is none.
 */
export declare function openRepetitions(pattern: string): string | undefined;
