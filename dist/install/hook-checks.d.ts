import { InputError } from '../errors';
import type { HookLocation } from '../sources/git/hooks-info';
/** The husky a project uses, as far as its files tell. */
export interface HuskyInfo {
    /** Major version: from the installed package, else package.json's range, else the .husky layout. */
    major: number;
    /** The hooks directory husky makes git use, absolute; undefined for husky 4 (package.json hooks). */
    hooksDir?: string;
}
/** A refusal: the hook would not run. Exit code 2 like every input problem, with what to do instead. */
export declare class HookWouldNotRunError extends InputError {
}
export declare function huskyInfo(top: string): HuskyInfo;
/** How the user should set husky up, by version. */
export declare function huskySetupCommand(major: number): string;
/** Refuses when husky would not run .husky/pre-commit in this clone. */
export declare function checkHusky(loc: HookLocation, husky: HuskyInfo): void;
/** Refuses a hooks directory outside the repository (shared by other repositories) or turned off. */
export declare function checkHooksDir(loc: HookLocation): void;
