"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readDataFile = readDataFile;
/**
 * Reads a repository data file (an ignore file, a baseline) from disk. With --untrusted-head the CLI
 * reads such files from the base revision instead (cli/untrusted-head.ts); both hand the suppression
 * stage the same shape.
 */
const node_fs_1 = require("node:fs");
const errors_1 = require("../errors");
/** The file at `abs`, or undefined when it does not exist and is not `required`; `what` names it in errors. */
function readDataFile(abs, shown, required, what) {
    if (!(0, node_fs_1.existsSync)(abs) && !required)
        return undefined;
    try {
        return { text: (0, node_fs_1.readFileSync)(abs, 'utf8'), shown };
    }
    catch (err) {
        throw new errors_1.ConfigError(`${shown}: cannot read${what ? ` ${what}` : ''}: ${err.code ?? 'unreadable'}`);
    }
}
