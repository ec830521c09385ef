"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PLAIN = exports.REPORT_FORMATS = void 0;
exports.REPORT_FORMATS = ['text', 'json', 'sarif'];
exports.PLAIN = { bold: (s) => s, dim: (s) => s, red: (s) => s, yellow: (s) => s, cyan: (s) => s, green: (s) => s };
