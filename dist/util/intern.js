"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Interner = void 0;
/**
 * One copy of each distinct string, for records a scan keeps to its end: a history's events name the
 * same blob ids and paths over and over, and each change of git's log is read into fresh strings.
 */
class Interner {
    limit;
    known = new Map();
    /** Past `limit` distinct strings the table starts over: still correct, only less shared. */
    constructor(limit = 1 << 20) {
        this.limit = limit;
    }
    get(s) {
        const known = this.known.get(s);
        if (known !== undefined)
            return known;
        if (this.known.size >= this.limit)
            this.known.clear();
        this.known.set(s, s);
        return s;
    }
}
exports.Interner = Interner;
