/**
 * One copy of each distinct string, for records a scan keeps to its end: a history's events name the
 * same blob ids and paths over and over, and each change of git's log is read into fresh strings.
 */
export declare class Interner {
    private readonly limit;
    private readonly known;
    /** Past `limit` distinct strings the table starts over: still correct, only less shared. */
    constructor(limit?: number);
    get(s: string): string;
}
