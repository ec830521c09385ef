/** `tokenguard baseline create|migrate`: record today's findings so that only new ones are reported later. */
import { Command } from 'commander';
import type { CliContext } from '../main';
export declare function registerBaseline(program: Command, ctx: CliContext): void;
