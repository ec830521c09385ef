/**
 * The quality corpus as a regression guard: recall and false-positive targets must hold for fresh
 * draws of the generated corpus (the benchmark prints the full per-family table).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const quality = require('../bench/quality') as { main: () => { recall: number; precision: number; fpRate: number } };

describe('detection quality on the generated corpus', () => {
  it.each(['jest-a', 'jest-b'])('meets the targets for seed %s', (seed) => {
    process.env.TG_QUALITY_SEED = seed;
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const { recall, precision, fpRate } = quality.main();
    log.mockRestore();
    expect(recall).toBeGreaterThanOrEqual(0.97);
    expect(fpRate).toBeLessThanOrEqual(0.01);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });
});
