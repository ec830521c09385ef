"use strict";
/**
 * Templates in verify and revoke specs: {{secret}}, {{needs.NAME}}, {{steps.N.NAME}}, {{secrets_json}},
 * with the filters |url, |base64 and |json. Values come from a closed set of names: nothing is evaluated.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.templateNames = templateNames;
exports.requestNames = requestNames;
exports.render = render;
const PLACEHOLDER = /\{\{\s*([a-z][a-z0-9_.]*)\s*((?:\|\s*[a-z0-9]+\s*)*)\}\}/g;
const FILTERS = {
    url: (v) => encodeURIComponent(v),
    base64: (v) => Buffer.from(v, 'utf8').toString('base64'),
    json: (v) => JSON.stringify(v),
};
/** The names a template uses (to check that every need is available before sending anything). */
function templateNames(template) {
    return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}
/** Every template name a request spec uses (URL, headers, body, form, basic auth). */
function requestNames(r) {
    const strings = [r.url, ...Object.values(r.headers ?? {}), r.body ?? '', ...Object.values(r.form ?? {}), r.basic?.user ?? '', r.basic?.password ?? ''];
    return strings.flatMap(templateNames);
}
/** Renders a template; an unknown name or filter is an error (a spec bug, caught by the spec tests). */
function render(template, vars) {
    return template.replace(PLACEHOLDER, (_m, name, filters) => {
        if (!(name in vars))
            throw new Error(`template refers to unknown value "${name}"`);
        let value = vars[name];
        for (const f of filters
            .split('|')
            .map((x) => x.trim())
            .filter(Boolean)) {
            const fn = FILTERS[f];
            if (!fn)
                throw new Error(`template uses unknown filter "${f}"`);
            value = fn(value);
        }
        return value;
    });
}
