/** Where a reported secret lives. */
export interface Location {
    root: string;
    path: string;
    source: string;
    blob?: string;
}
/** The bytes at a location; throws InputError naming the location when they are gone. */
export declare function reread(loc: Location): Promise<Buffer>;
