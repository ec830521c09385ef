import { Command } from 'commander';
import type { CliContext } from '../main';
export declare function registerRevoke(program: Command, ctx: CliContext): void;
