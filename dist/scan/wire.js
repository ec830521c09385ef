"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.encodeItems = encodeItems;
exports.decodeItems = decodeItems;
const types_1 = require("../sources/types");
/** Numbers per fragment: buffer, byte offset, length, startLine, offset, overlap, path, origin. */
const FIELDS = 8;
/** A plain fragment: bytes and the fields every fragment has, nothing else. */
const plain = (item) => !(0, types_1.isFileRef)(item) && item.content === undefined;
/** The columns of `items` (reading each fragment's fields once, getters included). */
function encodeItems(items) {
    const buffers = [];
    const bufferIds = new Map();
    const paths = [];
    const pathIds = new Map();
    const origins = [];
    const originIds = new Map();
    const others = [];
    const nums = new Float64Array(items.length * FIELDS);
    items.forEach((item, i) => {
        if (!plain(item)) {
            others.push([i, item]);
            return;
        }
        const { bytes, path, origin } = item;
        let b = bufferIds.get(bytes.buffer);
        if (b === undefined)
            bufferIds.set(bytes.buffer, (b = buffers.push(new Uint8Array(bytes.buffer)) - 1));
        let p = pathIds.get(path);
        if (p === undefined)
            pathIds.set(path, (p = paths.push(path) - 1));
        let o = originIds.get(origin);
        if (o === undefined)
            originIds.set(origin, (o = origins.push(origin) - 1));
        const at = i * FIELDS;
        nums[at] = b;
        nums[at + 1] = bytes.byteOffset;
        nums[at + 2] = bytes.length;
        nums[at + 3] = item.startLine;
        nums[at + 4] = item.offset;
        nums[at + 5] = item.overlap;
        nums[at + 6] = p;
        nums[at + 7] = o;
    });
    return { count: items.length, buffers, paths, origins, nums, others };
}
/** The items again, fragments' bytes as Buffers over the posted memory; others as they arrived. */
function decodeItems(wire) {
    const { buffers, paths, origins, nums } = wire;
    const out = new Array(wire.count);
    for (const [i, item] of wire.others)
        out[i] = item;
    for (let i = 0; i < wire.count; i++) {
        if (out[i] !== undefined)
            continue;
        const at = i * FIELDS;
        const buffer = buffers[nums[at]];
        out[i] = {
            bytes: Buffer.from(buffer.buffer, buffer.byteOffset + nums[at + 1], nums[at + 2]),
            path: paths[nums[at + 6]],
            startLine: nums[at + 3],
            offset: nums[at + 4],
            overlap: nums[at + 5],
            origin: origins[nums[at + 7]],
        };
    }
    return out;
}
