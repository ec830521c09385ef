"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scrubText = scrubText;
/**
 * Scrubbing of free text (error messages, scan problems, warnings): anything the built-in provider
 * rules recognise as a secret is masked, and so is every secret the caller already knows about (the
 * findings of the scan), which also covers generic secrets the provider rules cannot recognise.
 */
const detect_1 = require("../engine/detect");
const load_1 = require("../rules/load");
const registry_1 = require("../rules/registry");
const redact_1 = require("./redact");
let ruleSet;
/** Provider secrets the built-in rules find in `text`. */
function detectedIn(text) {
    // Provider formats only: generic rules would read "file.yaml: key: message" as an assignment.
    ruleSet ??= (0, registry_1.buildRuleSet)({ definitions: (0, load_1.builtinScanRules)().filter((d) => !d.generic), allowlistRegexes: [] });
    const found = (0, detect_1.detect)({ bytes: Buffer.from(text), path: 'message', startLine: 1, offset: 0, overlap: 0, origin: { kind: 'stdin' } }, ruleSet);
    return found.map((f) => ({ secret: f.secret, prefix: ruleSet.rules.find((r) => r.id === f.ruleId)?.def.prefix }));
}
/** `text` with every recognisable and every known secret masked. */
function scrubText(text, known = []) {
    if (text.length === 0)
        return text;
    let masks = known;
    try {
        masks = [...detectedIn(text), ...known];
    }
    catch {
        // Detection failing must not hide the error being reported; the known secrets are still masked.
    }
    return masks.length === 0 ? text : (0, redact_1.maskText)(text, masks);
}
