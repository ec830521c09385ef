import { Command } from 'commander';
import type { CliContext } from '../main';
export declare function registerInstallHook(program: Command, ctx: CliContext): void;
