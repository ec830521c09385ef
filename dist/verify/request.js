"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.splitTenant = splitTenant;
exports.prepareRequest = prepareRequest;
const template_1 = require("./template");
// A tenant host (`https://{{needs.shop}}.myshopify.com/...`) lets one DNS label vary; the rest is fixed.
const TENANT_URL = /^https:\/\/\{\{\s*(needs\.[a-z0-9_]+)\s*\}\}\.(.*)$/;
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** A URL template split into its tenant label's need (if any) and the rest, whose host is fixed. */
function splitTenant(template) {
    const m = TENANT_URL.exec(template);
    return m ? { tenant: m[1], fixed: `https://${m[2]}` } : { fixed: template };
}
/** The request URL: the host is never a template, except one tenant label under the provider's domain. */
function resolveUrl(template, vars) {
    const { tenant, fixed } = splitTenant(template);
    const declared = new URL(fixed.replace(/\{\{[^}]*\}\}/g, 'x'));
    const url = new URL((0, template_1.render)(fixed, vars));
    // A secret or a need cannot steer the request to another host.
    if (url.host !== declared.host)
        throw new Error('request host differs from the spec host');
    if (tenant) {
        const label = (vars[tenant] ?? '').toLowerCase();
        if (!DNS_LABEL.test(label))
            throw new Error(`${tenant} is not a single DNS label`);
        url.hostname = `${label}.${url.hostname}`;
    }
    return url;
}
/** Renders a request spec. `endpoint` (from --endpoint) replaces the scheme, host and base path. */
function prepareRequest(spec, vars, endpoint) {
    const url = resolveUrl(spec.url, vars);
    if (endpoint) {
        const base = endpoint.pathname.replace(/\/+$/, '');
        url.protocol = endpoint.protocol;
        url.host = endpoint.host;
        url.pathname = `${base}${url.pathname}`;
    }
    const headers = {};
    for (const [k, v] of Object.entries(spec.headers ?? {}))
        headers[k.toLowerCase()] = (0, template_1.render)(v, vars);
    if (spec.basic) {
        const pair = `${(0, template_1.render)(spec.basic.user, vars)}:${(0, template_1.render)(spec.basic.password, vars)}`;
        headers.authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
    }
    let body;
    if (spec.form) {
        body = new URLSearchParams(Object.entries(spec.form).map(([k, v]) => [k, (0, template_1.render)(v, vars)])).toString();
        headers['content-type'] ??= 'application/x-www-form-urlencoded';
    }
    else if (spec.body !== undefined) {
        body = (0, template_1.render)(spec.body, vars);
        headers['content-type'] ??= body.trimStart().startsWith('{') || body.trimStart().startsWith('[') ? 'application/json' : 'text/plain';
    }
    return { method: spec.method, url, headers, body };
}
