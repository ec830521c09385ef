import type { ConfigLayer, ConfigOrigin, LoadedConfig, TokenguardConfig } from './types';
/** File names tried in each directory, in order; the first one present is the config, whatever it holds. */
export declare const SEARCH_PLACES: string[];
/** A read-only view of files, on disk or in a git revision: what kind an entry is, and its bytes. */
export interface TreeView {
    kind(path: string): 'file' | 'directory' | 'other' | undefined;
    read(path: string): Buffer;
}
/** The working tree on disk (paths are absolute). */
export declare const DISK: TreeView;
/**
 * The config file in `dir`: the first search place present. A package.json counts only with a
 * "tokenguard" key; any other name decides the search even when it is empty, a directory or broken,
 * so nothing ever falls through to a JavaScript config behind it.
 */
export declare function placeIn(view: TreeView, dir: string, join2?: (d: string, n: string) => string): string | undefined;
/** The nearest config from `start` up to `stopDir` (inclusive), never above it. */
export declare function findConfigFile(start: string, stopDir: string): string | undefined;
/** How one config file is read. */
export interface ReadOptions {
    origin: ConfigOrigin;
    /** The name errors show (relative to the working directory, or "REV:path"). */
    shown: string;
    /** Absolute path on disk, for a JavaScript config (undefined when the text comes from git). */
    diskPath?: string;
    /** Why a JavaScript config is refused here; undefined when it may be loaded. */
    codeRefusal?: string;
    /** The folder the config stands in when it was not read from disk (the base revision): see ConfigLayer.dir. */
    dir?: string;
}
/** One config file as parsed, before validation: what it holds and where it came from. */
export interface RawLayer {
    data: unknown;
    shown: string;
    origin: ConfigOrigin;
    file?: string;
    dir?: string;
}
/** Reads and parses one config file from its kind and bytes; validation comes after (validateLayers). */
export declare function readRawConfig(kind: ReturnType<TreeView['kind']>, bytes: () => Buffer, options: ReadOptions): Promise<RawLayer>;
/** Validates the layers of one run together (a layer may disable another's custom rule); all problems in one error. */
export declare function validateLayers(raw: RawLayer[]): ConfigLayer[];
/** Reads and validates one config file on its own. */
export declare function readConfigFile(kind: ReturnType<TreeView['kind']>, bytes: () => Buffer, options: ReadOptions): Promise<ConfigLayer>;
/** Where to look for a config (the programmatic API's loadConfig). */
export interface ConfigSearch {
    /** Directory (or file) the scan starts from. */
    from: string;
    /** Highest directory to search (the repository root); default: `from` itself. */
    stopDir?: string;
    /** An explicit config file: no search. */
    explicit?: string;
    /** false: a JavaScript config is refused before it is loaded. */
    allowCode?: boolean;
}
/** Finds (or takes) one config file and loads it: the programmatic API, without the trust boundary. */
export declare function loadConfig(search: ConfigSearch): Promise<LoadedConfig>;
/** Validates a config object on its own: schema, RE2 patterns, sizes, custom rules and disabled ids, every problem at once. */
export declare function validateConfig(data: unknown, file: string): TokenguardConfig;
