"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.regionFragments = regionFragments;
exports.numberFromOne = numberFromOne;
exports.placeLines = placeLines;
const lineage_1 = require("./lineage");
const newlines_1 = require("../../util/newlines");
/**
 * The changed lines of a new version as fragments that keep the file's line numbers and offsets, their
 * bytes views of the version's memory (used again once the next version is read: see Source.items). A region's
 * first line number is counted only when asked for (the engine asks when it has a finding): counting
 * the newlines before every region read each version's bytes once more, a twentieth of a scan. The
 * count reads the version, so it must be asked before the version's memory is used again: fragments the
 * engine has not scanned by then are numbered from one instead (numberFromOne), and their findings put
 * at their lines at the end (placeLines), from the few blobs that hold one.
 */
function regionFragments(content, regions, path, origin) {
    const lines = new LineCounter(content);
    return regions.map(([start, end]) => new RegionFragment(content.subarray(start, end), path, start, origin, lines));
}
/**
 * A changed region whose first line number is counted when read. A class, not an object literal with a
 * getter: the literal made a closure per region (45 MB of the rails-shaped history's allocations).
 */
class RegionFragment {
    bytes;
    path;
    offset;
    origin;
    lines;
    overlap = 0;
    constructor(bytes, path, offset, origin, 
    /** Undefined once numbered from one (numberFromOne). */
    lines) {
        this.bytes = bytes;
        this.path = path;
        this.offset = offset;
        this.origin = origin;
        this.lines = lines;
    }
    get startLine() {
        return this.lines ? this.lines.lineAt(this.offset) : 1;
    }
    numberFromOne() {
        this.lines = undefined;
    }
}
/**
 * Numbers the fragments' lines from one: they go to a worker after the version's memory is used again.
 * Counting their real first lines now read nearly every version whole once more (a sixteenth of the
 * main thread's time on the rails-shaped history), for the few fragments that hold a finding.
 */
function numberFromOne(fragments) {
    // A property defined on each fragment turned it into a slow dictionary object: 50 ms of the rails-shaped history.
    for (const f of fragments) {
        if (f instanceof RegionFragment)
            f.numberFromOne();
        else
            Object.defineProperty(f, 'startLine', { value: 1, enumerable: true, writable: true, configurable: true });
    }
}
/**
 * Puts findings in fragments numbered from one (of the blobs `numbered` says) at their lines, reading
 * those blobs again; returns one finding of each blob that could not be read (its lines stay wrong).
 * `ahead`, when given, is told every blob it will read, in that order, before the first is read: the
 * caller can ask git for all of them at once.
 */
async function placeLines(found, numbered, reread, ahead) {
    const unread = [];
    const byId = (0, lineage_1.byBlob)(found);
    const toPlace = [...byId.keys()].filter((blob) => numbered(blob));
    if (toPlace.length > 0)
        ahead?.(toPlace);
    for (const blob of toPlace) {
        const list = byId.get(blob);
        const content = await reread(blob);
        if (!content) {
            unread.push(list[0]);
            continue;
        }
        const lines = new LineCounter(content);
        // In offset order: the counter counts on from the last offset asked for.
        for (const f of list.sort((a, b) => a.startOffset - b.startOffset)) {
            const line = lines.lineAt(f.startOffset);
            f.endLine += line - f.line;
            f.line = line;
        }
    }
    return unread;
}
/** Line numbers of offsets in one buffer, counted on from the last one asked for when that one is earlier. */
class LineCounter {
    content;
    at = 0;
    line = 1;
    constructor(content) {
        this.content = content;
    }
    lineAt(offset) {
        if (offset < this.at) {
            this.at = 0;
            this.line = 1;
        }
        this.line += (0, newlines_1.countNewlines)(this.content, this.at, offset);
        this.at = offset;
        return this.line;
    }
}
