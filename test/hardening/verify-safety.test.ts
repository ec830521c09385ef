/**
 * Promise 9: the one outbound HTTP client cannot be steered at this machine or its network, follows
 * no redirect, gives up on a slow-loris answer, and cuts off a huge body (which then judges unknown).
 * Real servers on 127.0.0.1; a DNS name that resolves to loopback (localhost) stands in for a hostile
 * provider record.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { DEFAULT_HTTP_POLICY, HttpFailure, send, type HttpPolicy } from '../../src/verify/http';
import { judge } from '../../src/verify/outcome';

jest.setTimeout(30_000);

const policy = (p: Partial<HttpPolicy> = {}): HttpPolicy => ({ ...DEFAULT_HTTP_POLICY, ...p });
const get = (url: string) => ({ method: 'GET', url: new URL(url), headers: {} });

async function listen(server: Server | ReturnType<typeof createTcpServer>): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

async function failure(p: Promise<unknown>): Promise<HttpFailure> {
  try {
    await p;
  } catch (err) {
    if (err instanceof HttpFailure) return err;
    throw err;
  }
  throw new Error('the request succeeded');
}

describe('addresses verification must never reach', () => {
  let connections = 0;
  const tcp = createTcpServer((s) => {
    connections++;
    s.destroy();
  });
  let port = 0;
  beforeAll(async () => {
    port = await listen(tcp);
  });
  afterAll(() => new Promise<void>((r) => tcp.close(() => r())));

  test('a DNS answer pointing at loopback is refused before any connection', async () => {
    const err = await failure(send(get(`https://localhost:${port}/user`), policy()));
    expect(err.reason).toMatch(/resolves to a loopback, private or link-local address/);
    expect(connections).toBe(0);
  });

  test.each(['https://127.0.0.1/', 'https://10.1.2.3/', 'https://192.168.0.1/', 'https://169.254.169.254/latest/meta-data', 'https://[::1]/', 'https://[fd00::1]/'])('%s is refused', async (url) => {
    expect((await failure(send(get(url), policy()))).reason).toMatch(/refused/);
  });

  test('plain http is refused without an explicit --endpoint override', async () => {
    expect((await failure(send(get(`http://localhost:${port}/`), policy()))).reason).toBe('refused: only https is allowed');
  });

  test('errors name the host, never the path (a token can sit in the URL)', async () => {
    const err = await failure(send(get('https://10.0.0.1/botSECRET-IN-PATH/getMe'), policy()));
    expect(err.message).not.toContain('SECRET-IN-PATH');
  });
});

describe('answers from a (locally overridden) provider', () => {
  const seen: string[] = [];
  const server = createHttpServer((req, res) => {
    seen.push(req.url ?? '');
    if (req.url === '/redirect') return void res.writeHead(302, { location: '/followed' }).end();
    if (req.url === '/huge') {
      res.writeHead(200, { 'content-type': 'application/json' });
      const block = Buffer.alloc(1024 * 1024, 0x61);
      for (let i = 0; i < 10; i++) res.write(block);
      return void res.end();
    }
    // Slow loris: a valid head, then one body byte every 200 ms, forever.
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
    const timer = setInterval(() => res.write('a'), 200);
    res.on('close', () => clearInterval(timer));
  });
  let base = '';
  beforeAll(async () => {
    base = `http://127.0.0.1:${await listen(server)}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((r) => server.close(() => r()));
  });

  test('a redirect is returned, not followed, and judged unknown', async () => {
    seen.length = 0;
    const res = await send(get(`${base}/redirect`), policy({ allowLocal: true }));
    expect(res.status).toBe(302);
    expect(seen).toEqual(['/redirect']);
    expect(judge([{ when: { status: '3xx' }, result: 'active' }], res, 'now')).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/redirect/) });
  });

  test('a slow-loris answer times out at the request timeout', async () => {
    // The answer never completes, so only the request timeout can end this test before jest's own limit.
    const err = await failure(send(get(`${base}/slow`), policy({ allowLocal: true, requestTimeoutMs: 1000 })));
    expect(err.reason).toBe('no complete response within 1000 ms');
  });

  test('a 10 MB body is cut off at the cap and judged unknown', async () => {
    const res = await send(get(`${base}/huge`), policy({ allowLocal: true }));
    expect(res.truncated).toBe(true);
    expect(Buffer.byteLength(res.body)).toBe(DEFAULT_HTTP_POLICY.maxBodyBytes);
    expect(judge([{ when: { status: 200 }, result: 'active' }], res, 'now')).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/too large/) });
  });
});
