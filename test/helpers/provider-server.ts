/**
 * A real HTTP server on 127.0.0.1 that plays providers for verify and revoke tests. It recognises
 * which fake secret a request carries (in the URL, a header, the body, or inside Basic auth) and
 * answers in the mode the test chose: success, revoked, rate-limited, 500, slow, redirect or HTML.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the server answers. */
export type PlayMode = 'success' | 'revoked' | 'ratelimit' | 'error500' | 'slow' | 'redirect' | 'html';

/** A canned answer. */
export interface Canned {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

/** One request the server saw. */
export interface SeenRequest {
  at: number;
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** Which known secret (by label) the request carried, if any. */
  label?: string;
}

/** What the server answers for a label in "success" and "revoked" modes. */
export type Script = (label: string | undefined, mode: 'success' | 'revoked', req: SeenRequest) => Canned;

/** Every place a secret can sit in a request, Basic auth decoded. */
function haystack(req: SeenRequest): string {
  const parts = [decodeURIComponent(req.url), req.body, ...Object.values(req.headers).map(String)];
  const auth = String(req.headers.authorization ?? '');
  if (/^basic /i.test(auth)) parts.push(Buffer.from(auth.slice(6), 'base64').toString('utf8'));
  return parts.join('\n');
}

/** A provider player; `secrets` maps a label (e.g. a rule id) to the fake secret it stands for. */
export class ProviderServer {
  readonly seen: SeenRequest[] = [];
  mode: PlayMode = 'success';
  private server?: Server;
  private readonly sockets = new Set<import('node:net').Socket>();

  constructor(
    private readonly secrets: Map<string, string>,
    private readonly script: Script,
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.handle(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const seen: SeenRequest = { at: Date.now(), method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      const text = haystack(seen);
      seen.label = [...this.secrets].find(([, secret]) => text.includes(secret))?.[0];
      this.seen.push(seen);
      this.answer(seen, res);
    });
  }

  private answer(seen: SeenRequest, res: ServerResponse): void {
    switch (this.mode) {
      case 'ratelimit':
        return void res.writeHead(429, { 'retry-after': '60', 'content-type': 'application/json' }).end('{"message":"rate limited"}');
      case 'error500':
        return void res.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"internal error"}');
      case 'slow':
        // Send the headers' first byte and then nothing: a slow-loris answer the client must time out.
        res.socket?.write('HTTP/1.1 200 OK\r\n');
        return;
      case 'redirect':
        return void res.writeHead(302, { location: 'https://attacker.invalid/steal' }).end();
      case 'html':
        return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body><h1>Sign in</h1></body></html>');
      default: {
        const c = this.script(seen.label, this.mode, seen);
        res.writeHead(c.status, { 'content-type': 'application/json', ...(c.headers ?? {}) }).end(c.body ?? '');
      }
    }
  }
}
