export declare class BlobTable {
    private slots;
    private mask;
    private count;
    constructor(capacity?: number);
    /** Number of distinct ids. */
    get size(): number;
    /** Adds one sighting of `id`; returns the number of sightings including this one. */
    add(id: string): number;
    /** Sightings of `id` (0 when never added). */
    get(id: string): number;
    has(id: string): boolean;
    /** Slot offset holding the key, or the empty slot where it belongs. */
    private find;
    private grow;
}
