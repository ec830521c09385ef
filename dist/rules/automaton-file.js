"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AUTOMATON_FILE = void 0;
exports.writeAutomaton = writeAutomaton;
exports.readAutomaton = readAutomaton;
/**
 * The build stores the keyword automaton of the built-in rules in dist/automaton.bin, so a scan (and
 * each worker) loads it with one read instead of building it: a pre-commit check cannot spare the time.
 * Layout: u32 header length, JSON header, 256 class bytes, padding to 4, the transition table (int32 LE).
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const package_root_1 = require("../util/package-root");
exports.AUTOMATON_FILE = (0, node_path_1.join)(package_root_1.PACKAGE_ROOT, 'dist', 'automaton.bin');
/**
 * Writes the keyword automaton snapshot (the build's dist/automaton.bin).
 * @lazy loaded with require() by scripts/build.js, which knip does not follow
 */
function writeAutomaton(file, s) {
    const header = Buffer.from(JSON.stringify({ keywords: s.keywords, classes: s.classes, outputs: s.outputs, cells: s.delta.length }));
    const head = Buffer.alloc(4);
    head.writeUInt32LE(header.length);
    const before = 4 + header.length + 256;
    const pad = Buffer.alloc((4 - (before % 4)) % 4);
    (0, node_fs_1.writeFileSync)(file, Buffer.concat([head, header, Buffer.from(s.classOf), pad, Buffer.from(s.delta.buffer, s.delta.byteOffset, s.delta.byteLength)]));
}
let cached;
/** The prebuilt automaton, or undefined when running without a build (it is then built in memory). */
function readAutomaton(file = exports.AUTOMATON_FILE) {
    if (cached !== undefined)
        return cached ?? undefined;
    if (!(0, node_fs_1.existsSync)(file)) {
        cached = null;
        return undefined;
    }
    const buf = (0, node_fs_1.readFileSync)(file);
    const len = buf.readUInt32LE(0);
    const header = JSON.parse(buf.toString('utf8', 4, 4 + len));
    const classAt = 4 + len;
    const tableAt = classAt + 256 + ((4 - ((classAt + 256) % 4)) % 4);
    const table = new Int32Array(buf.buffer, buf.byteOffset + tableAt, header.cells);
    cached = { keywords: header.keywords, classes: header.classes, outputs: header.outputs, classOf: new Uint8Array(buf.buffer, buf.byteOffset + classAt, 256), delta: table };
    return cached;
}
