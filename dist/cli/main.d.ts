import { type CliIO } from './io';
export declare const EXIT_CODES_HELP = "\nExit codes:\n  0  no findings\n  1  findings reported\n  2  error: bad flags, invalid config or rules, unreadable input, or an incomplete scan";
/** State shared between the commander actions and the exit-code mapping. */
export interface CliContext {
    exitCode: number;
    showSecrets: boolean;
    io: CliIO;
}
/** Runs the CLI with `argv` (as in process.argv) on `io` (the real process by default) and resolves to the exit code. */
export declare function main(argv: string[], given?: CliIO): Promise<number>;
/**
 * The process entry point used by bin/tokenguard.js. A reader that closes stdout early (`| head`) is
 * not an error: the run ends quietly with its own exit code. Any other failure to write the report to
 * stdout is exit 2 with one line naming it.
 */
export declare function run(): void;
