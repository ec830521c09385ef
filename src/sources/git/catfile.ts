/**
 * Streams objects out of `git cat-file --batch` (or sizes out of `--batch-check`). Ids go in as they
 * are discovered; objects come out in the same order. Reading pauses while the consumer is behind, so
 * at most a bounded number of bytes of blob content sit in memory.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { GitError } from '../../errors';
import { gitFailure, spawnGit } from './run';
import { Queue } from '../../util/queue';
import { BlockStream, type Block, type Loan } from './block-stream';
import { objectIdEnd } from './hex';

/** One object as cat-file reports it. */
export interface GitObject {
  id: string;
  /** "blob", "tree", …; "missing" when git has no such object. */
  type: string;
  size: number;
  /** The bytes (batch mode, within the size limit). */
  content?: Buffer;
  /** True when the content was over the limit and was read past, not kept. */
  oversize?: boolean;
}

/** An object whose content is still arriving: a view while it is one run of memory, else its own buffer. */
interface Gathering {
  obj: GitObject;
  remaining: number;
  filled: number;
  view?: Buffer;
  content?: Buffer;
}

/**
 * The header `ID blob SIZE` in buf[0, nl), read from its bytes; undefined for anything else (other
 * types, missing objects, odd sizes, bad lines), which the header line's text then settles. A string,
 * a split and a regex per blob cost 4 µs each, 0.2 s of the rails-shaped history's main thread.
 */
function blobHeader(buf: Buffer, nl: number): GitObject | undefined {
  const idEnd = objectIdEnd(buf, 0, nl);
  // " blob " after the id, then 1 to 15 digits (a safe integer).
  if (idEnd < 0 || nl - idEnd < 7 || nl - idEnd > 21 || buf[idEnd] !== 32 || buf[idEnd + 5] !== 32) return undefined;
  if (buf[idEnd + 1] !== 0x62 || buf[idEnd + 2] !== 0x6c || buf[idEnd + 3] !== 0x6f || buf[idEnd + 4] !== 0x62) return undefined;
  let size = 0;
  for (let i = idEnd + 6; i < nl; i++) {
    const d = buf[i] - 48;
    if (!(d >= 0 && d <= 9)) return undefined;
    size = size * 10 + d;
  }
  return { id: buf.toString('latin1', 0, idEnd), type: 'blob', size };
}

/** Parses cat-file output incrementally: headers, then (batch mode) content and a newline. */
export class CatFileParser {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private current?: Gathering;

  /**
   * `hold(bytes, 1)` is called when an object's content starts as a view of a chunk, and `hold(bytes,
   * -1)` if it is copied out later: memory that is used again (block-stream.ts) must not be while an
   * object is half read in it. A finished view is handed on still held. `spill(size)` gives the memory
   * an object spread over separate chunks is gathered into (without it, or when it gives none: a buffer of its own).
   */
  constructor(
    private readonly withContent: boolean,
    private readonly maxSize: number,
    private readonly emit: (obj: GitObject) => void,
    private readonly hold?: (bytes: Buffer, change: 1 | -1) => void,
    private readonly spill?: (size: number) => Buffer | undefined,
  ) {}

  push(chunk: Buffer): void {
    let buf = chunk;
    while (buf.length > 0) {
      if (this.current) {
        buf = this.feedContent(buf);
        continue;
      }
      const nl = buf.indexOf(10);
      const quick = this.pending.length === 0 && nl >= 0 ? blobHeader(buf, nl) : undefined;
      if (quick) {
        buf = buf.subarray(nl + 1);
        this.begin(quick);
        continue;
      }
      if (nl < 0) {
        // Copied: the chunk may lie in a block that is used again (block-stream.ts).
        this.pending.push(Buffer.from(buf));
        this.pendingBytes += buf.length;
        if (this.pendingBytes > 4096) throw new GitError('git cat-file: header line too long; output is corrupt');
        return;
      }
      const header = Buffer.concat([...this.pending, buf.subarray(0, nl)]).toString('latin1');
      this.pending = [];
      this.pendingBytes = 0;
      buf = buf.subarray(nl + 1);
      this.header(header);
    }
  }

  /** Throws unless the stream ended on an object boundary. */
  end(): void {
    if (this.current || this.pendingBytes > 0) throw new GitError('git cat-file output ended in the middle of an object (truncated stream)');
  }

  private header(line: string): void {
    const parts = line.split(' ');
    if (parts.length === 2 && (parts[1] === 'missing' || parts[1] === 'ambiguous')) {
      this.emit({ id: parts[0], type: 'missing', size: 0 });
      return;
    }
    const size = Number(parts[2]);
    if (parts.length !== 3 || !/^[0-9a-f]{40,64}$/.test(parts[0]) || !Number.isSafeInteger(size) || size < 0) {
      throw new GitError(`git cat-file: unexpected output line: ${JSON.stringify(line.slice(0, 80))}`);
    }
    this.begin({ id: parts[0], type: parts[1], size });
  }

  /** An object whose header was read: given on at once (sizes only), or its content read next. */
  private begin(obj: GitObject): void {
    const { size } = obj;
    if (!this.withContent) {
      this.emit(obj);
      return;
    }
    if (size > this.maxSize) obj.oversize = true;
    this.current = { obj, remaining: size, filled: 0 };
  }

  /**
   * Adds `take` bytes from the start of `buf` to the object's content. Content in one run of memory (one
   * chunk of git's output, or consecutive reads into one block, block-stream.ts) is a view of it: no
   * copy, as a chunk is never reused while the object is held. Content spread over separate chunks is
   * gathered into a buffer of its own.
   */
  private gather(cur: Gathering, buf: Buffer, take: number): void {
    const view = cur.view;
    if (cur.filled === 0) {
      cur.view = buf.subarray(0, take);
      this.hold?.(cur.view, 1);
    } else if (view && view.buffer === buf.buffer && view.byteOffset + view.length === buf.byteOffset) cur.view = Buffer.from(buf.buffer, view.byteOffset, view.length + take);
    else {
      if (view) {
        cur.content = this.spill?.(cur.obj.size) ?? Buffer.allocUnsafeSlow(cur.obj.size);
        view.copy(cur.content);
        cur.view = undefined;
        this.hold?.(view, -1);
      }
      buf.copy(cur.content!, cur.filled, 0, take);
    }
  }

  /** Consumes content bytes, then the newline after them, and returns what is left of `buf`. */
  private feedContent(buf: Buffer): Buffer {
    const cur = this.current!;
    if (cur.remaining > 0) {
      const take = Math.min(cur.remaining, buf.length);
      if (!cur.obj.oversize) this.gather(cur, buf, take);
      cur.filled += take;
      cur.remaining -= take;
      return buf.subarray(take);
    }
    if (buf[0] !== 10) throw new GitError(`git cat-file: object ${cur.obj.id} is not followed by a newline (corrupt output)`);
    cur.obj.content = cur.obj.oversize ? undefined : (cur.view ?? cur.content ?? Buffer.alloc(0));
    this.current = undefined;
    this.emit(cur.obj);
    return buf.subarray(1);
  }
}

/** Below this many queued bytes, each object handed on is followed by a turn of the event loop. */
const LOW_WATER = 8 * 1024 * 1024;

/** Bytes of requested ids held back to be written to git together. */
const UNSENT_MAX = 32 * 1024;

/**
 * How much parsed content may wait for the consumer before git's output is paused. With detection in a
 * worker the main thread waits on it at times, and 64 MiB queued up: 70 MiB more peak memory on the
 * rails-shaped history than 16 MiB, for no difference in time.
 */
const HIGH_WATER = 16 * 1024 * 1024;

/** How a CatFile reads git's output. */
export interface CatFileOptions {
  /**
   * Read into blocks of memory that are used again (block-stream.ts). An object's content is then
   * valid only until the next object is asked of the iterator: the consumer copies what it keeps.
   */
  reuse?: boolean;
}

/** A running cat-file process: write ids, iterate objects. */
export class CatFile implements AsyncIterable<GitObject> {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly queue = new Queue<GitObject>();
  /** With reused blocks: the block each queued object's content lies in (undefined: its own memory), in queue order. */
  private readonly blocks = new Queue<Block | undefined>();
  private readonly stream?: BlockStream;
  private queuedBytes = 0;
  private wake?: () => void;
  private done = false;
  private failure?: Error;
  private stderr = '';
  private written = 0;
  /** Requested ids not yet written to git. */
  private unsent = '';

  constructor(cwd: string, mode: 'batch' | 'batch-check', maxSize = Infinity, options: CatFileOptions = {}) {
    // Blobs are asked for in walk order, not pack order, so git resolves the same delta chains again
    // and again: with a 256 MiB delta base cache instead of 48 MiB, cat-file takes 2.0 s instead of 5.6 s
    // on 5,000 commits of edits (bench/edit-history.js), for about 200 MiB more of git's memory.
    const cache = mode === 'batch' ? ['-c', 'core.deltaBaseCacheLimit=256m'] : [];
    this.child = spawnGit(cwd, [...cache, 'cat-file', `--${mode}`]);
    const parser = new CatFileParser(
      mode === 'batch',
      maxSize,
      (obj) => this.parsed(obj),
      (bytes, change) => {
        const block = this.stream?.blockOf(bytes);
        if (block && change > 0) this.stream!.hold(block);
        else if (block) this.stream!.release(block);
      },
      (size) => this.stream?.spill(size),
    );
    const onChunk = (chunk: Buffer) => {
      try {
        parser.push(chunk);
      } catch (err) {
        this.fail(err as Error);
      }
    };
    this.stream = options.reuse ? BlockStream.takeOver(this.child.stdout, onChunk) : undefined;
    if (!this.stream) this.child.stdout.on('data', onChunk);
    this.child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString('utf8')).length > 65536 && (this.stderr = this.stderr.slice(-65536)));
    this.child.stdin.on('error', () => undefined); // an early exit is reported through the exit code
    this.child.on('error', (err) => this.fail(new GitError(`cannot run git cat-file: ${err.message}`)));
    const closed = (code: number | null, signal: NodeJS.Signals | null) => {
      try {
        if (code !== 0 || signal) throw gitFailure(['cat-file'], code ?? -1, signal, this.stderr);
        parser.end();
      } catch (err) {
        this.fail(err as Error);
      }
      this.done = true;
      this.notify();
    };
    if (this.stream) this.closeOnExit(this.stream, closed);
    else this.child.on('close', closed);
  }

  /**
   * The child's 'close' waits for its stdout stream, which no longer reads once its handle is taken
   * over: the exit, the end of the block stream and the end of stderr instead, whichever comes last.
   */
  private closeOnExit(stream: BlockStream, closed: (code: number | null, signal: NodeJS.Signals | null) => void): void {
    let exit: [number | null, NodeJS.Signals | null] | undefined;
    let open = 2;
    const settle = () => exit && open === 0 && closed(...exit);
    this.child.on('exit', (code, signal) => {
      exit = [code, signal];
      settle();
    });
    stream.on('close', () => {
      open--;
      settle();
    });
    stream.on('error', (err) => this.fail(new GitError(`reading git cat-file: ${err?.message}`)));
    this.child.stderr.on('close', () => {
      open--;
      settle();
    });
  }

  private parsed(obj: GitObject): void {
    // Held since its first byte was parsed; let go when the consumer asks for the next object.
    const block = obj.content && this.stream?.blockOf(obj.content);
    this.queue.push(obj);
    if (this.stream) this.blocks.push(block);
    this.queuedBytes += obj.content?.length ?? 0;
    if (this.queuedBytes > HIGH_WATER) this.pause(true);
    this.notify();
  }

  private pause(paused: boolean): void {
    if (this.stream) this.stream.setPaused(paused);
    else if (paused) this.child.stdout.pause();
    else this.child.stdout.resume();
  }

  /**
   * Asks for one object. Ids are written in batches: when 32 KiB of them wait, when every answer so far
   * has been read (git has nothing left to do), and at the end. A pipe write per id, or per task, cost
   * more than the rest of the request: 839 writes took 0.43 s of a 7.8 s history scan.
   */
  request(id: string): void {
    this.written++;
    this.unsent += `${id}\n`;
    if (this.unsent.length >= UNSENT_MAX) this.flush();
  }

  /** No more requests: git exits after answering the ones made. */
  end(): void {
    this.flush();
    this.child.stdin.end();
  }

  private flush(): void {
    if (this.unsent === '' || this.child.stdin.writableEnded) return;
    this.child.stdin.write(this.unsent);
    this.unsent = '';
  }

  /** Lends the block an object's content lies in, with reused blocks (BlockStream.lend). */
  lend(bytes: Buffer, most?: number): Loan | undefined {
    return this.stream?.lend(bytes, most);
  }

  /** Number of requests made so far. */
  get requested(): number {
    return this.written;
  }

  /** Stops git (used when the consumer gives up early). */
  kill(): void {
    this.child.kill('SIGKILL');
    this.stream?.destroy();
  }

  private fail(err: Error): void {
    this.failure ??= err;
    this.child.kill('SIGKILL');
    this.notify();
  }

  private notify(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<GitObject> {
    for (;;) {
      const obj = this.queue.shift();
      if (obj) {
        const block = this.stream ? this.blocks.shift() : undefined;
        this.queuedBytes -= obj.content?.length ?? 0;
        if (this.queuedBytes <= HIGH_WATER / 2) this.pause(false);
        try {
          yield obj;
        } finally {
          // Asked for the next object (or stopped): this one's block may be used again.
          if (block) this.stream!.release(block);
        }
        // Objects already queued come through promise jobs alone, which never let the event loop read
        // the socket: git fills its buffer (about 200 KiB) and waits, and the queue runs dry. While
        // little is queued, a turn of the loop after each object keeps git writing.
        if (this.queuedBytes < LOW_WATER) await new Promise<void>((resolve) => setImmediate(resolve));
        continue;
      }
      if (this.failure) throw this.failure;
      if (this.done) return;
      this.flush();
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }
}
