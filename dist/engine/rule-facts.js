"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ruleProvider = ruleProvider;
exports.rulePriority = rulePriority;
/** The rule's provider: the one its file names, else the first part of its id. */
function ruleProvider(def) {
    return def.provider ?? def.id.split('.')[0];
}
/** A rule's precedence on contested bytes: its declared priority, else 0, and -10 for generic rules. */
function rulePriority(def) {
    return def?.priority ?? (def?.generic ? -10 : 0);
}
