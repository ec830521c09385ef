/** The declarative verify and revoke specs a rule may carry, and what verification concludes. */
/** What a provider said about a secret. */
export type VerifyStatus = 'active' | 'inactive' | 'unknown' | 'skipped';
/** The outcome of verifying one secret: status, what the provider told us, and a reason with no secret in it. */
export interface VerifyOutcome {
    status: VerifyStatus;
    checkedAt: string;
    identity?: string;
    scopes?: string[];
    expiresAt?: string;
    reason?: string;
}
/** An HTTP request, every string a template over {{secret}}, {{needs.NAME}} and earlier captures. */
export interface RequestSpec {
    method: 'GET' | 'POST' | 'HEAD' | 'DELETE' | 'PUT' | 'PATCH';
    url: string;
    headers?: Record<string, string>;
    /** Sets Authorization: Basic from a user and password. */
    basic?: {
        user: string;
        password: string;
    };
    /** A raw body (JSON or text). */
    body?: string;
    /** An application/x-www-form-urlencoded body. */
    form?: Record<string, string>;
}
/** Where a captured value comes from in a response. */
export interface CaptureSpec {
    json?: string;
    header?: string;
    /** Split the value into a list (scopes). */
    split?: string;
    /** For a JSON list: the element whose dot paths equal these (rendered) values; `json` is read inside it. */
    where?: Record<string, string>;
}
/** One way a response maps to a status. Every condition given must hold. */
export interface OutcomeSpec {
    when: {
        status?: number | number[] | string;
        /** JSON fields (dot paths) and the values they must equal; `{ exists: true|false }` tests presence. */
        json?: Record<string, unknown>;
        /** Headers (lower case) that must be present, with a value to equal or true for presence. */
        header?: Record<string, string | boolean>;
        /** A substring the body must contain. */
        bodyContains?: string;
    };
    result: 'active' | 'inactive' | 'unknown';
    capture?: {
        identity?: CaptureSpec;
        scopes?: CaptureSpec;
        expiresAt?: CaptureSpec;
    };
}
/** A value the request needs besides the secret, found near it (an account SID next to an auth token). */
export interface NeedSpec {
    /** RE2 pattern with one capture group. */
    regex: string;
    /** Bytes around the secret to look in. */
    within?: number;
}
/** How to ask a provider whether a secret is live. Read-only endpoints only. */
export interface VerifySpec {
    request?: RequestSpec;
    needs?: Record<string, NeedSpec>;
    outcomes: OutcomeSpec[];
    /** A typed module under verify/providers/ instead of the request (e.g. "aws-sts"). */
    module?: string;
}
/** One step of a revocation: a request, and values to capture for the next step. */
export interface RevokeStep {
    request: RequestSpec;
    capture?: Record<string, CaptureSpec>;
    /** What a successful answer looks like (default: any 2xx); `json` as in a verify outcome. */
    success?: {
        status?: number | number[] | string;
        json?: Record<string, unknown>;
    };
}
/** How to revoke a secret: one request, or steps where a lookup feeds the delete. */
export interface RevokeSpec {
    steps: RevokeStep[];
    needs?: Record<string, NeedSpec>;
    /** Several secrets per request (GitHub's credential revocation API): {{secrets_json}} in the body. */
    batch?: {
        max: number;
        perHour?: number;
    };
}
