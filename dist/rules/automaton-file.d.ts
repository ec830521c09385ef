import type { AutomatonSnapshot } from '../engine/automaton';
export declare const AUTOMATON_FILE: string;
/**
 * Writes the keyword automaton snapshot (the build's dist/automaton.bin).
 * @lazy loaded with require() by scripts/build.js, which knip does not follow
 */
export declare function writeAutomaton(file: string, s: AutomatonSnapshot): void;
/** The prebuilt automaton, or undefined when running without a build (it is then built in memory). */
export declare function readAutomaton(file?: string): AutomatonSnapshot | undefined;
