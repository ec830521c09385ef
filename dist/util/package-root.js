"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PACKAGE_ROOT = void 0;
const node_path_1 = require("node:path");
/** Root of the installed package (holds rules/, schema/ and, once built, dist/): two levels above this file in src/ and in dist/. */
exports.PACKAGE_ROOT = (0, node_path_1.join)(__dirname, '..', '..');
