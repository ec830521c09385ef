import { buildReport } from '../../src/report/model';
import { reportSarif, SARIF_MAX_DESCRIPTION, SARIF_MAX_RESULTS } from '../../src/report/sarif';
import { ScanLedger } from '../../src/sources/types';
import { detect } from '../../src/engine/detect';
import { buildRuleSet } from '../../src/rules/registry';
import type { Finding } from '../../src/engine/finding';
import { assignIdentities, IdentityCache } from '../../src/engine/identity';
import type { ScanResult } from '../../src/sources/types';
import { frag, testRule } from '../helpers/engine';
import { sarifErrors } from '../helpers/sarif';

const TOKEN = 'tok_a1b2c3d4e5f6g7h8'; // tokenguard:allow (a made-up test value)

function resultOf(findings: Finding[], problems = 0): ScanResult {
  const ledger = new ScanLedger();
  ledger.scanned(100);
  for (let i = 0; i < problems; i++) ledger.problem('cannot open: EACCES', `locked${i}.txt`);
  return { source: 'worktree', findings, ledger, dropped: {}, durationMs: 5 };
}

describe('SARIF', () => {
  const def = testRule({ id: 'test.tok', description: 'x'.repeat(3000), prefix: 'tok_' });
  const rules = new Map([[def.id, def]]);
  const set = buildRuleSet({ definitions: [def], allowlistRegexes: [] });
  const findings = detect(frag(`a = ${TOKEN}\n`, 'dir with space/ü.env'), set);
  // Identities and fingerprints are set after the scan, as the CLI does.
  beforeAll(() => assignIdentities(findings, new IdentityCache()));

  it('validates against the SARIF 2.1.0 schema and carries what GitHub needs', () => {
    const doc = reportSarif(buildReport(resultOf(findings), rules, false));
    expect(sarifErrors(doc)).toEqual([]);
    const run = doc.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'tokenguard', informationUri: expect.stringMatching(/^https:/) });
    const rule = run.tool.driver.rules[0];
    expect(rule.fullDescription.text.length).toBeLessThanOrEqual(SARIF_MAX_DESCRIPTION);
    expect(rule.properties['security-severity']).toBe('8.0');
    expect(rule.properties.tags).toContain('security');
    expect(rule.help.text.length).toBeGreaterThan(0);
    const r = run.results[0];
    expect(r.ruleId).toBe('test.tok');
    expect(r.level).toBe('error');
    expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe('dir%20with%20space/%C3%BC.env');
    expect(r.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 5, endLine: 1, endColumn: 5 + TOKEN.length });
    expect(r.partialFingerprints['tokenguard/v1']).toBe(findings[0].fingerprint);
  });

  it('never puts the raw secret in the message, even with --show-secrets', () => {
    for (const show of [false, true]) {
      const doc = reportSarif(buildReport(resultOf(findings), rules, show));
      expect(doc.runs[0].results[0].message.text).not.toContain(TOKEN);
      expect(doc.runs[0].results[0].message.text).toContain('tok_');
      expect(JSON.stringify(doc).includes(TOKEN)).toBe(show);
    }
  });

  it('caps results at GitHub limit and reports the overflow; incomplete scans are not successful', () => {
    const many = Array.from({ length: SARIF_MAX_RESULTS + 10 }, (_, i) => ({ ...findings[0], line: i + 1, endLine: i + 1 }));
    const doc = reportSarif(buildReport(resultOf(many, 1), rules, false));
    expect(doc.runs[0].results).toHaveLength(SARIF_MAX_RESULTS);
    expect(doc.runs[0].properties.resultsOmitted).toBe(10);
    const inv = doc.runs[0].invocations[0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications.map((n) => n.message.text).join('\n')).toMatch(/locked0\.txt[\s\S]*10 results beyond/);
    expect(sarifErrors(doc)).toEqual([]);
  });
});
