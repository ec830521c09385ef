"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.configSchema = configSchema;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const package_root_1 = require("../util/package-root");
/** The published config JSON Schema. */
function configSchema() {
    return JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(package_root_1.PACKAGE_ROOT, 'schema', 'tokenguard.config.schema.json'), 'utf8'));
}
