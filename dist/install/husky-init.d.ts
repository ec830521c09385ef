/**
 * Runs `husky` (9 and later) or `husky install` (5 to 8) in the project; its output goes to stderr.
 * @lazy loaded with require() by install/pre-commit.ts, which knip does not follow
 */
export declare function initHusky(top: string, major: number, env: NodeJS.ProcessEnv): string;
