"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.specProblems = specProblems;
/**
 * Lints a rule's verify and revoke specs beyond the schema: https URLs on a fixed host, and every
 * template name resolvable ({{secret}}, declared needs, earlier captures, {{secrets_json}} in batches).
 */
const request_1 = require("../verify/request");
const template_1 = require("../verify/template");
function checkRequest(where, r, known) {
    const problems = [];
    let url;
    try {
        url = new URL(r.url.replace(/\{\{[^}]*\}\}/g, 'x'));
    }
    catch {
        problems.push(`${where}.url: not a URL`);
    }
    if (url && url.protocol !== 'https:')
        problems.push(`${where}.url: must be https`);
    const host = (0, request_1.splitTenant)(r.url).fixed.split('/').slice(0, 3).join('/');
    if (/\{\{/.test(host))
        problems.push(`${where}.url: the host may not be a template, except one leading {{needs.NAME}} label`);
    else if (url && !/\.[a-z]{2,}$/i.test(url.hostname))
        problems.push(`${where}.url: the host must be a public DNS name`);
    for (const name of (0, template_1.requestNames)(r)) {
        if (!known.has(name))
            problems.push(`${where}: uses {{${name}}}, which is not available here`);
    }
    return problems;
}
function checkVerify(v) {
    const known = new Set(['secret', ...Object.keys(v.needs ?? {}).map((n) => `needs.${n}`)]);
    if (v.module)
        return v.module === 'aws-sts' && !v.needs?.key_id ? ['verify.needs.key_id: the aws-sts module needs the access key id'] : [];
    if (!v.request)
        return ['verify: needs a request or a module'];
    const problems = checkRequest('verify.request', v.request, known);
    if (v.outcomes.length === 0)
        problems.push('verify.outcomes: at least one outcome is needed');
    if (!v.outcomes.some((o) => o.result === 'active'))
        problems.push('verify.outcomes: no outcome says "active"');
    return problems;
}
function checkRevoke(r) {
    const known = new Set(r.batch ? ['secrets_json'] : ['secret', ...Object.keys(r.needs ?? {}).map((n) => `needs.${n}`)]);
    const problems = [];
    r.steps.forEach((step, i) => {
        problems.push(...checkRequest(`revoke.steps[${i}].request`, step.request, known));
        for (const [name, c] of Object.entries(step.capture ?? {})) {
            for (const t of Object.values(c.where ?? {}).flatMap(template_1.templateNames))
                if (!known.has(t))
                    problems.push(`revoke.steps[${i}].capture.${name}.where: uses {{${t}}}, which is not available here`);
            known.add(`steps.${i}.${name}`);
        }
    });
    return problems;
}
/** Problems with a rule's verify and revoke specs, as "rule: where: reason" lines. */
function specProblems(def) {
    return [...(def.verify ? checkVerify(def.verify) : []), ...(def.revoke ? checkRevoke(def.revoke) : [])].map((p) => `${def.id}: ${p}`);
}
