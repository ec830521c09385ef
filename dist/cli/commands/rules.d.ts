import { Command } from 'commander';
import type { CliContext } from '../main';
export declare function registerRules(program: Command, ctx: CliContext): void;
