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
    /** Sets mark `which` of `id` (listing it if need be, with its sightings as they are); true when it was not set before. */
    mark(id: string, which?: 0 | 1): boolean;
    marked(id: string, which?: 0 | 1): boolean;
    /** The slot of `id`, taken for it if it had none. */
    private slot;
    /** A slot is free until an id is counted or marked in it (so its fourth word is never 0 after). */
    private taken;
    /** Slot offset holding the key, or the empty slot where it belongs. */
    private find;
    private grow;
}
