"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SEVERITIES = void 0;
exports.severityRank = severityRank;
const rule_file_1 = require("../generated/rule-file");
Object.defineProperty(exports, "SEVERITIES", { enumerable: true, get: function () { return rule_file_1.SEVERITIES; } });
/** Rank of a severity, 0 the most severe (the schema lists them in that order); an unknown one ranks last. */
function severityRank(s) {
    const i = rule_file_1.SEVERITIES.indexOf(s);
    return i < 0 ? rule_file_1.SEVERITIES.length : i;
}
