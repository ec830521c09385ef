/** Limits and permissions for one request. */
export interface HttpPolicy {
    connectTimeoutMs: number;
    requestTimeoutMs: number;
    maxBodyBytes: number;
    /** Set only for an explicit --endpoint override: allows http and loopback/private addresses. */
    allowLocal: boolean;
    userAgent: string;
}
export declare const DEFAULT_HTTP_POLICY: HttpPolicy;
/** A prepared request: everything already rendered. */
export interface HttpRequest {
    method: string;
    url: URL;
    headers: Record<string, string>;
    body?: string;
}
/** What came back. `truncated` when the body hit the cap. */
export interface HttpResponse {
    status: number;
    headers: Record<string, string>;
    body: string;
    truncated: boolean;
}
/** A request that could not complete; the message names the host and the reason only. */
export declare class HttpFailure extends Error {
    readonly host: string;
    readonly reason: string;
    constructor(host: string, reason: string);
}
/** Sends one request under the policy. Never follows redirects. */
export declare function send(req: HttpRequest, policy: HttpPolicy): Promise<HttpResponse>;
