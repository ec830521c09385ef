/**
 * The one outbound HTTP client. HTTPS only, to the provider's own host; DNS answers that point at
 * loopback, private or link-local addresses are refused; redirects are never followed; connect and
 * request timeouts; the body is cut off past a size cap. Only an explicit --endpoint override may use
 * http or a loopback address. Errors name the host, never the URL (a token can sit in the path).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { isPrivateAddress } from './addresses';

/** Limits and permissions for one request. */
export interface HttpPolicy {
  connectTimeoutMs: number;
  requestTimeoutMs: number;
  maxBodyBytes: number;
  /** Set only for an explicit --endpoint override: allows http and loopback/private addresses. */
  allowLocal: boolean;
  userAgent: string;
}

export const DEFAULT_HTTP_POLICY: HttpPolicy = {
  connectTimeoutMs: 2000,
  requestTimeoutMs: 10_000,
  maxBodyBytes: 1024 * 1024,
  allowLocal: false,
  userAgent: 'tokenguard',
};

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
export class HttpFailure extends Error {
  constructor(
    readonly host: string,
    readonly reason: string,
  ) {
    super(`${host}: ${reason}`);
  }
}

/** DNS lookup that refuses addresses verification must never reach. */
function guardedLookup(host: string) {
  return (hostname: string, options: { all?: boolean; family?: number }, cb: (...args: unknown[]) => void) => {
    dnsLookup(hostname, { all: true, family: options.family }, (err, addresses: LookupAddress[]) => {
      if (err) return cb(err);
      const allowed = addresses.filter((a) => !isPrivateAddress(a.address));
      if (allowed.length === 0) return cb(new HttpFailure(host, 'refused: it resolves to a loopback, private or link-local address'));
      if (options.all) cb(null, allowed);
      else cb(null, allowed[0].address, allowed[0].family);
    });
  };
}

/** Sends one request under the policy. Never follows redirects. */
export function send(req: HttpRequest, policy: HttpPolicy): Promise<HttpResponse> {
  const host = req.url.host;
  if (req.url.protocol !== 'https:' && !(req.url.protocol === 'http:' && policy.allowLocal)) {
    return Promise.reject(new HttpFailure(host, 'refused: only https is allowed'));
  }
  if (!policy.allowLocal && isIP(req.url.hostname.replace(/^\[|\]$/g, '')) && isPrivateAddress(req.url.hostname.replace(/^\[|\]$/g, ''))) {
    return Promise.reject(new HttpFailure(host, 'refused: loopback, private or link-local address'));
  }
  const transport = req.url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(total);
      clearTimeout(connect);
      request.destroy();
      reject(new HttpFailure(host, reason));
    };
    const request = transport.request(
      req.url,
      {
        method: req.method,
        headers: { 'user-agent': policy.userAgent, accept: 'application/json', ...req.headers },
        lookup: policy.allowLocal ? undefined : (guardedLookup(host) as never),
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let truncated = false;
        res.on('data', (d: Buffer) => {
          if (truncated) return;
          size += d.length;
          if (size > policy.maxBodyBytes) {
            truncated = true;
            chunks.push(d.subarray(0, d.length - (size - policy.maxBodyBytes)));
            res.destroy();
            finish();
            return;
          }
          chunks.push(d);
        });
        const finish = () => {
          if (settled) return;
          settled = true;
          clearTimeout(total);
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('utf8'), truncated });
        };
        res.on('end', finish);
        res.on('error', () => fail('connection broke while reading the response'));
      },
    );
    const connect = setTimeout(() => fail(`no connection within ${policy.connectTimeoutMs} ms`), policy.connectTimeoutMs);
    const total = setTimeout(() => fail(`no complete response within ${policy.requestTimeoutMs} ms`), policy.requestTimeoutMs);
    request.on('socket', (socket) => {
      const connected = () => clearTimeout(connect);
      if (!socket.connecting) connected();
      else socket.once(req.url.protocol === 'https:' ? 'secureConnect' : 'connect', connected);
    });
    request.on('error', (err: Error) => fail(err instanceof HttpFailure ? err.reason : `request failed (${(err as NodeJS.ErrnoException).code ?? 'error'})`));
    request.end(req.body);
  });
}
