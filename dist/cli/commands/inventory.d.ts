/** `tokenguard inventory`: every distinct secret, who owns it, what it can do and how old it is. */
import { Command } from 'commander';
import type { CliContext } from '../main';
export declare function registerInventory(program: Command, ctx: CliContext): void;
