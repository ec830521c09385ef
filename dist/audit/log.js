"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AuditLog = void 0;
/**
 * The audit log: one JSON line per verification request, revocation request and hook run. It holds
 * the finding's fingerprint, never the secret. Users feed it to their SIEM.
 */
const node_fs_1 = require("node:fs");
const errors_1 = require("../errors");
/** Appends events to a file (or does nothing without --audit-log). */
class AuditLog {
    file;
    constructor(file) {
        this.file = file;
    }
    write(event) {
        if (!this.file)
            return;
        try {
            (0, node_fs_1.appendFileSync)(this.file, JSON.stringify({ time: new Date().toISOString(), ...event }) + '\n');
        }
        catch (err) {
            throw new errors_1.InputError(`${this.file}: cannot write audit log: ${err.code ?? err.message}`);
        }
    }
}
exports.AuditLog = AuditLog;
