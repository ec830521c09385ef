/**
 * Config types. The file format (TokenguardConfig, HookConfig, VerifyConfig) is generated from
 * schema/tokenguard.config.schema.json (src/generated/config.ts, `npm run gen:types`); written by hand
 * here are only the types of configs as the loader holds them, which are not part of the format.
 */
import type { TokenguardConfig } from '../generated/config';

export type { HookConfig, TokenguardConfig, VerifyConfig } from '../generated/config';

/** A validated configuration and the file it came from (undefined when none was found). */
export interface LoadedConfig {
  config: TokenguardConfig;
  file?: string;
}

/** Where a config file came from: given with --config, the user's config directory, or the scanned tree. */
export type ConfigOrigin = 'explicit' | 'user' | 'repository';

/** One config file as read, before the trust boundary (config/trust.ts) decides what it may change. */
export interface ConfigLayer {
  config: TokenguardConfig;
  origin: ConfigOrigin;
  /** The name messages show: relative to the working directory, or "REV:path" when read from git. */
  shown: string;
  /** Absolute path on disk, when it was read from disk. */
  file?: string;
  /**
   * The absolute folder the config stands in, also for one read from the base revision (then inside the
   * repository's working tree, not read from there): what paths in it (`baseline`) are relative to.
   */
  dir?: string;
}
