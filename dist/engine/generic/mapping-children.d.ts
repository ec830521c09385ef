import type { ColumnPair } from './columns';
/** The entries of the credential-named mappings opened on the lines holding `positions`. */
export declare function mappingChildPairs(bytes: Buffer, positions: number[]): ColumnPair[];
