import type { Reporter, Style } from './types';
/**
 * The context line, at most MAX_SHOWN characters centred on the secret: in a minified file the secret
 * can sit hundreds of characters into the line, where a cut from the start would never reach it.
 */
export declare function excerpt(line: string, secret: string): string;
/** A text reporter using the given colours. */
export declare function textReporter(style?: Style): Reporter;
