/** Object ids read from git's output where they lie, byte by byte: a string and a regex per id cost more. */
/** The end of the object id (40 to 64 lower-case hex digits) starting at buf[from], before `end`; -1 when there is none there. */
export declare function objectIdEnd(buf: Buffer, from: number, end: number): number;
