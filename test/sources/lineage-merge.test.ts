/**
 * The end-of-scan settlement for a version a merge combined: reported only for what no parent's version
 * held, and, when git cannot say what the other parents held, reported at the merge as well (a repeat,
 * never a loss). The real-git cases are in test/e2e/history.test.ts.
 */
import type { Finding } from '../../src/engine/finding';
import { Lineage, type VersionsAt } from '../../src/sources/git/lineage';

const SECRET = 'made-up-value-for-the-lineage-test';

function finding(blob: string, secret = SECRET): Finding {
  return { ruleId: 'test.rule', secret, blob, line: 2, column: 1, endLine: 2, endColumn: 10, startOffset: 5, endOffset: 14 } as Finding;
}

/** Base version b0 (no secret); the topic commit t1 adds the secret (b1); main changes the file (b2); the merge combines them (b3). */
function history(): Lineage {
  const lineage = new Lineage();
  const at = (commit: string) => ({ commit });
  lineage.add({ blob: 'b0', path: 'app.cfg', at: at('c0'), mode: 'whole', profile: 'p' });
  lineage.add({ blob: 'b1', path: 'app.cfg', parent: 'b0', at: at('t1'), mode: 'whole', profile: 'p' });
  lineage.add({ blob: 'b2', path: 'app.cfg', parent: 'b0', at: at('m1'), mode: 'whole', profile: 'p' });
  lineage.add({ blob: 'b3', path: 'app.cfg', parent: 'b2', at: at('merge'), mode: 'whole', profile: 'p', mergedWith: ['t1'] });
  return lineage;
}

const settle = (versionsAt?: VersionsAt) =>
  history().settle(
    [finding('b1'), finding('b3')],
    async () => undefined,
    () => [],
    undefined,
    versionsAt,
  );

describe('settling a version a merge combined', () => {
  it("reports nothing at the merge when the other parent's version of the path held the secret", async () => {
    const asked: Array<{ commit: string; path: string }> = [];
    const found = await settle(async (queries) => {
      for (const q of queries) asked.push({ commit: q.commit, path: q.path.toString() });
      return ['b1'];
    });
    expect(asked).toEqual([{ commit: 't1', path: 'app.cfg' }]);
    expect(found.map((f) => f.commit)).toEqual(['t1']);
  });

  it('reports at the merge when no parent held it, and when git cannot say', async () => {
    expect((await settle(async () => [undefined])).map((f) => f.commit)).toEqual(['t1', 'merge']);
    expect((await settle(() => Promise.reject(new Error('git died')))).map((f) => f.commit)).toEqual(['t1', 'merge']);
    expect((await settle()).map((f) => f.commit)).toEqual(['t1', 'merge']);
  });
});
