import { type RawLayer } from './load';
/** The user's tokenguard config directory, from the run's environment. */
export declare function userConfigDir(env: NodeJS.ProcessEnv): string | undefined;
/** The user's config file as a trusted layer (JSON or YAML only, not validated yet), or undefined when there is none. */
export declare function readUserConfig(env: NodeJS.ProcessEnv): Promise<RawLayer | undefined>;
/**
 * The trusted key for secret identities: TOKENGUARD_HASH_KEY, else the `hash-key` file of the user
 * config directory. Errors name where the key came from, never the key.
 */
export declare function readHashKey(env: NodeJS.ProcessEnv): Buffer | undefined;
