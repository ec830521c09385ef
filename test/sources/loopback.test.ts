/**
 * The loopback pair git's output goes through in a history scan (loopback.ts): bytes arrive whole and in
 * order, only from our own connection, and a pipe serves when it is not used.
 */
import * as net from 'node:net';
import { CatFile } from '../../src/sources/git/catfile';
import { loopbackPair } from '../../src/sources/git/loopback';
import { git, gitRepo } from '../helpers/fs';

/** Everything `socket` receives until it ends. */
function drain(socket: net.Socket): Promise<Buffer> {
  const parts: Buffer[] = [];
  socket.on('data', (d: Buffer) => parts.push(d));
  socket.resume();
  return new Promise((resolve) => socket.on('close', () => resolve(Buffer.concat(parts))));
}

afterEach(() => jest.restoreAllMocks());

it('connects a pair whose bytes arrive whole and in order, and whose far end closes it', async () => {
  const pair = await loopbackPair();
  expect(pair).toBeDefined();
  const { theirs, ours } = pair!;
  expect(ours.remoteAddress).toBe('127.0.0.1');
  expect(ours.remotePort).toBe(theirs.localPort);
  const bytes = Buffer.alloc(3 * 1024 * 1024 + 17);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >> 13)) & 0xff;
  const got = drain(ours);
  theirs.end(bytes);
  expect((await got).equals(bytes)).toBe(true);
});

it('turns away a connection made from elsewhere before ours, and nothing it sends reaches us', async () => {
  // The module object itself (an `import * as` is a copy): loopback.ts looks createServer up on it at each call.
  const real = require('node:net') as typeof net;
  const createServer = real.createServer;
  let intruder: net.Socket | undefined;
  const reached: Array<number | undefined> = [];
  jest.spyOn(real, 'createServer').mockImplementation(((options: net.ServerOpts) => {
    const server = createServer(options);
    server.on('connection', (socket: net.Socket) => reached.push(socket.remotePort));
    // Registered before loopbackPair's own listen callback: the intruder connects first.
    server.once('listening', () => {
      const address = server.address() as net.AddressInfo;
      intruder = net.connect(address.port, '127.0.0.1', () => intruder!.write('INJECTED'));
      intruder.on('error', () => undefined);
    });
    return server;
  }) as typeof net.createServer);
  const pair = await loopbackPair();
  expect(intruder).toBeDefined();
  const { theirs, ours } = pair!;
  expect(ours.remotePort).toBe(theirs.localPort);
  expect(ours.remotePort).not.toBe(intruder!.localPort);
  // It did reach the server, first.
  expect(reached[0]).toBe(intruder!.localPort);
  // The intruder's connection is closed from our side.
  await new Promise((resolve) => (intruder!.closed ? resolve(undefined) : intruder!.once('close', resolve)));
  const got = drain(ours);
  theirs.end('ours only');
  expect((await got).toString()).toBe('ours only');
});

it('cat-file reads the same objects through a pipe when the loopback socket is not used', async () => {
  const texts = ['alpha\n', 'beta '.repeat(50000), ''];
  const dir = gitRepo(Object.fromEntries(texts.map((t, i) => [`f${i}`, t])));
  const ids = texts.map((_, i) => git(dir, 'hash-object', '-w', `f${i}`).trim());
  for (const loopback of [true, false]) {
    const cat = new CatFile(dir, 'batch', Infinity, { reuse: true, loopback });
    for (const id of ids) cat.request(id);
    cat.end();
    const seen: string[] = [];
    for await (const obj of cat) seen.push(obj.content!.toString());
    expect(seen).toEqual(texts);
    expect((cat as unknown as { child: { stdout: unknown } }).child.stdout === null).toBe(loopback);
  }
});

it('a cat-file stopped before git has started never starts it, and a failing git is an error through either', async () => {
  const dir = gitRepo();
  const cat = new CatFile(dir, 'batch', Infinity, { reuse: true });
  cat.request('0'.repeat(40));
  cat.kill();
  const spawned = (cat as unknown as { child?: unknown }).child;
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(spawned).toBeUndefined();
  expect((cat as unknown as { child?: unknown }).child).toBeUndefined();
  for (const loopback of [true, false]) {
    const broken = new CatFile(`${dir}/no-such-dir`, 'batch', Infinity, { reuse: true, loopback });
    broken.request('0'.repeat(40));
    broken.end();
    await expect(
      (async () => {
        for await (const obj of broken) void obj;
      })(),
    ).rejects.toThrow(/cat-file/);
  }
});

it('without loopback (listening fails) the pair is undefined, and a history cat-file reads through a pipe', async () => {
  const real = require('node:net') as typeof net;
  const createServer = real.createServer;
  jest.spyOn(real, 'createServer').mockImplementation(((options: net.ServerOpts) => {
    const server = createServer(options);
    server.listen = (() => {
      process.nextTick(() => server.emit('error', Object.assign(new Error('listen EACCES'), { code: 'EACCES' })));
      return server;
    }) as typeof server.listen;
    return server;
  }) as typeof net.createServer);
  expect(await loopbackPair()).toBeUndefined();
  const dir = gitRepo({ a: 'one\n' });
  const id = git(dir, 'hash-object', '-w', 'a').trim();
  const cat = new CatFile(dir, 'batch', Infinity, { reuse: true });
  cat.request(id);
  cat.end();
  const seen: string[] = [];
  for await (const obj of cat) seen.push(obj.content!.toString());
  expect(seen).toEqual(['one\n']);
  // git's stdout was its own pipe (with the loopback socket, child.stdout is null).
  expect((cat as unknown as { child: { stdout: unknown } }).child.stdout).not.toBeNull();
});

it('a git that cannot even be spawned (spawn throws) is an error from the iterator, not an unhandled rejection', async () => {
  // A NUL in the folder makes spawn() throw at once instead of emitting 'error'.
  const cat = new CatFile(`${gitRepo()}\0x`, 'batch', Infinity, { reuse: true });
  cat.request('0'.repeat(40));
  cat.end();
  await expect(
    (async () => {
      for await (const obj of cat) void obj;
    })(),
  ).rejects.toThrow(/cannot run git cat-file: .*null bytes/);
});
