"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.compilePattern = compilePattern;
/**
 * Compiled RE2 patterns, shared by everything in one thread that compiles the same pattern with the same
 * flags: the rule linter's checks, a rule's window, the rule sets of a run (its scan, the scrubbing of
 * its messages) and of later runs in the same process. Compiling the 1,100 built-in patterns takes
 * seconds, and RE2 builds its automaton lazily, so a reused pattern also runs faster.
 *
 * A shared RE2 object shares its `lastIndex`: every user of a global ('g') pattern sets it to 0 before
 * its exec loop and runs that loop to the end synchronously, with no other use of a pattern in between.
 */
const re2_1 = __importDefault(require("re2"));
/** More distinct patterns than the built-in rules, their needs and paths under every flag set they use. */
const MAX_PATTERNS = 8192;
const compiled = new Map();
/** `new RE2(pattern, flags)`, compiled once per thread (a pattern RE2 rejects throws every time). */
function compilePattern(pattern, flags) {
    const key = `${flags}/${pattern}`;
    let re = compiled.get(key);
    if (re === undefined) {
        re = new re2_1.default(pattern, flags);
        // Oldest first: a long-lived process that sees ever new custom patterns stays bounded.
        if (compiled.size >= MAX_PATTERNS)
            compiled.delete(compiled.keys().next().value);
        compiled.set(key, re);
    }
    return re;
}
