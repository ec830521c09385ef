/**
 * The quality corpus as a regression guard: recall and false-positive targets must hold for fresh
 * draws of the generated corpus (the benchmark prints the full per-family table). Both seeds' corpora
 * are scanned in one run of the CLI, each in a folder of its own, and scored each on its own. (The
 * seed used to be set through TG_QUALITY_SEED after bench/quality.js had read it, so both tests scored
 * the default seed's corpus, scanned twice.)
 */
const quality = require('../bench/quality') as {
  evaluate: (seeds: string[], options?: { threads?: number; hashKey?: string }) => Array<{ seed: string; recall: number; precision: number; fpRate: number }>;
};

const SEEDS = ['jest-a', 'jest-b'];

describe('detection quality on the generated corpus', () => {
  let results: ReturnType<typeof quality.evaluate> = [];

  beforeAll(() => {
    // One detection worker: the scan still takes both paths (the first files on the main thread, the
    // rest in the worker), and a second worker would only compile every pattern once more (seconds of
    // CPU, on a machine whose cores jest's workers already keep busy). The figures are the same. A hash
    // key makes each identity an HMAC: the thousands of weak fake secrets would each cost an scrypt.
    results = quality.evaluate(SEEDS, { threads: 1, hashKey: 'quality-test-key' });
  });

  it.each(SEEDS)('meets the targets for seed %s', (seed) => {
    const { recall, precision, fpRate } = results.find((r) => r.seed === seed)!;
    expect(recall).toBeGreaterThanOrEqual(0.97);
    expect(fpRate).toBeLessThanOrEqual(0.01);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });
});
