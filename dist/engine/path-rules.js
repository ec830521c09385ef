"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pathFindings = pathFindings;
/** Findings of the path-only rules for one path. */
function pathFindings(path, origin, ruleSet) {
    const out = [];
    for (const rule of ruleSet.pathOnlyFor.get(path)) {
        const def = rule.def;
        const secret = path.slice(path.lastIndexOf('/') + 1);
        const f = {
            ruleId: def.id,
            ruleName: def.name,
            provider: rule.provider,
            severity: def.severity,
            path,
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
            secret,
            // Set with the identity after the scan (engine/identity.ts), from the whole path: two key stores
            // of the same name in different folders are two secrets.
            secretId: '',
            fingerprint: '',
            identityText: path,
            source: origin.kind,
            lineText: '',
            startOffset: 0,
            endOffset: 0,
        };
        if (origin.commit)
            f.commit = origin.commit;
        if (origin.blob)
            f.blob = origin.blob;
        out.push(f);
    }
    return out;
}
