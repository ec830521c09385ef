/**
 * Blob contents in request order, surviving git failures. When `git cat-file --batch` dies (a corrupt
 * object it cannot inflate, a kill, a crash) the blob it was on is answered with the error and a fresh
 * cat-file takes over the blobs still outstanding, so one bad object costs one blob, not the rest of
 * the scan. After a few failures in a row git is not trusted further and every remaining blob is
 * answered with the error: reported as not scanned, never silently dropped.
 */
import type { Loan } from './block-stream';
import { CatFile, type CatFileOptions } from './catfile';
import type { GitObject } from './catfile-parser';
import { Queue } from '../../util/queue';

/** One answer: the object, or why it could not be read. */
export interface BlobResult {
  id: string;
  obj?: GitObject;
  error?: string;
}

/** Restarts of cat-file before giving up on the remaining blobs. */
const MAX_RESTARTS = 8;

export class BlobReader implements AsyncIterable<BlobResult> {
  private cat: CatFile;
  /** Ids requested and not yet answered, oldest first. */
  private readonly outstanding = new Queue<string>();
  private ended = false;
  private restarts = 0;
  /** Set once git is given up on: the error every remaining blob is answered with. */
  private broken?: string;
  private wake?: () => void;

  /** `options` as CatFile's: with `reuse`, an object's content is valid until the next one is asked for. */
  constructor(
    private readonly cwd: string,
    private readonly maxSize: number,
    private readonly options: CatFileOptions = {},
  ) {
    this.cat = new CatFile(cwd, 'batch', maxSize, options);
  }

  /** Settles once the current cat-file is started (or could not be). */
  get started(): Promise<void> {
    return this.cat.started;
  }

  request(id: string): void {
    this.outstanding.push(id);
    if (!this.broken) this.cat.request(id);
    this.notify();
  }

  /** Lends the block a blob's content lies in, to keep it without a copy (version-pages.ts); undefined when it cannot be. */
  lend(bytes: Buffer, most?: number): Loan | undefined {
    return this.cat.lend(bytes, most);
  }

  end(): void {
    this.ended = true;
    if (!this.broken) this.cat.end();
    this.notify();
  }

  kill(): void {
    this.cat.kill();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<BlobResult> {
    while (!this.broken) {
      try {
        for await (const obj of this.cat) yield { id: this.shift() ?? obj.id, obj };
        return;
      } catch (err) {
        const id = this.shift();
        const message = (err as Error).message;
        yield { id: id ?? '', error: message };
        if (++this.restarts > MAX_RESTARTS) this.broken = `${message} (gave up after ${MAX_RESTARTS} git failures)`;
        else this.restart();
      }
    }
    yield* this.drainBroken();
  }

  /** A fresh cat-file, asked again for everything still outstanding. */
  private restart(): void {
    this.cat.kill();
    this.cat = new CatFile(this.cwd, 'batch', this.maxSize, this.options);
    for (const id of this.outstanding) this.cat.request(id);
    if (this.ended) this.cat.end();
  }

  /** Answers every request, present and future, with the error git was given up for. */
  private async *drainBroken(): AsyncGenerator<BlobResult> {
    this.cat.kill();
    for (;;) {
      for (let id = this.shift(); id !== undefined; id = this.shift()) yield { id, error: this.broken };
      if (this.ended) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private shift(): string | undefined {
    return this.outstanding.shift();
  }

  private notify(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }
}
