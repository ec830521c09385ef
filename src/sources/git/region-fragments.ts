import type { Fragment, Origin } from '../../engine/fragment';

/**
 * The changed lines of a new version as fragments that keep the file's line numbers and offsets. A
 * region's first line number is counted only when asked for (the engine asks when it has a finding):
 * counting the newlines before every region read each version's bytes once more, a twentieth of a scan.
 */
export function* regionFragments(content: Buffer, regions: Array<[number, number]>, path: string, origin: Origin): Generator<Fragment> {
  const lines = new LineCounter(content);
  for (const [start, end] of regions) {
    yield {
      bytes: content.subarray(start, end),
      path,
      get startLine() {
        return lines.lineAt(start);
      },
      offset: start,
      overlap: 0,
      origin,
    };
  }
}

/** Line numbers of offsets in one buffer, counted on from the last one asked for when that one is earlier. */
class LineCounter {
  private at = 0;
  private line = 1;

  constructor(private readonly content: Buffer) {}

  lineAt(offset: number): number {
    if (offset < this.at) {
      this.at = 0;
      this.line = 1;
    }
    for (let i = this.content.indexOf(10, this.at); i >= 0 && i < offset; i = this.content.indexOf(10, i + 1)) this.line++;
    this.at = offset;
    return this.line;
  }
}
