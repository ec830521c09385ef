/**
 * Compiled RE2 patterns, shared by everything in one thread that compiles the same pattern with the same
 * flags: the rule linter's checks, a rule's window, the rule sets of a run (its scan, the scrubbing of
 * its messages) and of later runs in the same process. Compiling the 1,100 built-in patterns takes
 * seconds, and RE2 builds its automaton lazily, so a reused pattern also runs faster.
 *
 * A shared RE2 object shares its `lastIndex`: every user of a global ('g') pattern sets it to 0 before
 * its exec loop and runs that loop to the end synchronously, with no other use of a pattern in between.
 */
import RE2 from 're2';
/** `new RE2(pattern, flags)`, compiled once per thread (a pattern RE2 rejects throws every time). */
export declare function compilePattern(pattern: string, flags: string): RE2;
