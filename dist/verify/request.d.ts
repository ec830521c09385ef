/** Builds a concrete HTTP request from a spec: templates rendered, the provider's host enforced. */
import type { HttpRequest } from './http';
import { type TemplateVars } from './template';
import type { RequestSpec } from './types';
/** A URL template split into its tenant label's need (if any) and the rest, whose host is fixed. */
export declare function splitTenant(template: string): {
    tenant?: string;
    fixed: string;
};
/** Renders a request spec. `endpoint` (from --endpoint) replaces the scheme, host and base path. */
export declare function prepareRequest(spec: RequestSpec, vars: TemplateVars, endpoint?: URL): HttpRequest;
