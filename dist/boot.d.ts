/** The exports of dist module `entry` (such as `cli/main.js`), from the bundle when there is one. */
export declare function loadModule(entry: string): unknown;
/**
 * The folder of the code cache: TOKENGUARD_CODE_CACHE (an absolute path; `off`, or anything else: none),
 * else the user's cache folder, except under CI. A CI runner that is kept between jobs (a self-hosted
 * one) may have run a pull request's code as the same user in an earlier job, which could have left
 * bytecode there for a later job that holds secrets; a fresh runner has no cache to gain from anyway.
 */
export declare function codeCacheDir(env?: NodeJS.ProcessEnv): string | undefined;
