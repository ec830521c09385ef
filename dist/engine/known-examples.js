"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isExampleSecret = isExampleSecret;
/** Credentials providers print in their own documentation, known only by SHA-256 (rules/data/documented-examples.json). */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const fingerprint_1 = require("./fingerprint");
let hashes;
function load() {
    // The engine stays free of I/O per fragment: the list is read once, on first use.
    const file = (0, node_path_1.join)(__dirname, '..', '..', 'rules', 'data', 'documented-examples.json');
    const data = JSON.parse((0, node_fs_1.readFileSync)(file, 'utf8'));
    return new Set(data.examples.map((e) => e.sha256));
}
/** True when `secret` is a documented example credential. */
function isExampleSecret(secret) {
    hashes ??= load();
    return hashes.size > 0 && hashes.has((0, fingerprint_1.secretSha256)(secret));
}
