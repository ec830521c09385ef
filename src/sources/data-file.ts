/**
 * Reads a repository data file (an ignore file, a baseline) from disk. With --untrusted-head the CLI
 * reads such files from the base revision instead (cli/untrusted-head.ts); both hand the suppression
 * stage the same shape.
 */
import { existsSync, readFileSync } from 'node:fs';
import { ConfigError } from '../errors';

/** A data file's text and the name messages give it. */
export interface DataFile {
  text: string;
  shown: string;
}

/** The file at `abs`, or undefined when it does not exist and is not `required`; `what` names it in errors. */
export function readDataFile(abs: string, shown: string, required: boolean, what?: string): DataFile | undefined {
  if (!existsSync(abs) && !required) return undefined;
  try {
    return { text: readFileSync(abs, 'utf8'), shown };
  } catch (err) {
    throw new ConfigError(`${shown}: cannot read${what ? ` ${what}` : ''}: ${(err as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
}
