import type { Fragment, Origin } from '../../engine/fragment';
/**
 * The changed lines of a new version as fragments that keep the file's line numbers and offsets. A
 * region's first line number is counted only when asked for (the engine asks when it has a finding):
 * counting the newlines before every region read each version's bytes once more, a twentieth of a scan.
 */
export declare function regionFragments(content: Buffer, regions: Array<[number, number]>, path: string, origin: Origin): Generator<Fragment>;
