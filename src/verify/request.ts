/** Builds a concrete HTTP request from a spec: templates rendered, the provider's host enforced. */
import type { HttpRequest } from './http';
import { render, type TemplateVars } from './template';
import type { RequestSpec } from './types';

/** Renders a request spec. `endpoint` (from --endpoint) replaces the scheme, host and base path. */
export function prepareRequest(spec: RequestSpec, vars: TemplateVars, endpoint?: URL): HttpRequest {
  const declared = new URL(spec.url.replace(/\{\{[^}]*\}\}/g, 'x'));
  const url = new URL(render(spec.url, vars));
  // The host is never a template, so a secret cannot steer the request elsewhere.
  if (url.host !== declared.host) throw new Error('request host differs from the spec host');
  if (endpoint) {
    const base = endpoint.pathname.replace(/\/+$/, '');
    url.protocol = endpoint.protocol;
    url.host = endpoint.host;
    url.pathname = `${base}${url.pathname}`;
  }
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(spec.headers ?? {})) headers[k.toLowerCase()] = render(v, vars);
  if (spec.basic) {
    const pair = `${render(spec.basic.user, vars)}:${render(spec.basic.password, vars)}`;
    headers.authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
  }
  let body: string | undefined;
  if (spec.form) {
    body = new URLSearchParams(Object.entries(spec.form).map(([k, v]): [string, string] => [k, render(v, vars)])).toString();
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
  } else if (spec.body !== undefined) {
    body = render(spec.body, vars);
    headers['content-type'] ??= body.trimStart().startsWith('{') || body.trimStart().startsWith('[') ? 'application/json' : 'text/plain';
  }
  return { method: spec.method, url, headers, body };
}
