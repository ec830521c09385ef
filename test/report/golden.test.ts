/**
 * Golden files for the reports: a fixed set of findings (two made-up test rules, found by the real engine
 * in fixed text, one of them verified, plus a skipped file, a problem and a warning) goes through the real
 * text, JSON and SARIF reporters and the stderr summary, and the output must equal test/report/golden/*
 * byte for byte. The tool version is normalised, and the duration is fixed. UPDATE_GOLDEN=1 rewrites the
 * files instead (review the diff before committing it). The goldens must hold no form of either secret.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { detect } from '../../src/engine/detect';
import { fingerprint } from '../../src/engine/fingerprint';
import { secretIdentity } from '../../src/engine/identity';
import type { Finding } from '../../src/engine/finding';
import { jsonReporter } from '../../src/report/json';
import { buildReport, toolVersion } from '../../src/report/model';
import { sarifReporter } from '../../src/report/sarif';
import { summaryLines } from '../../src/report/summary';
import { textReporter } from '../../src/report/text';
import type { Reporter } from '../../src/report/types';
import { buildRuleSet } from '../../src/rules/registry';
import { ScanLedger } from '../../src/sources/types';
import type { ScanResult } from '../../src/sources/types';
import { frag, testRule } from '../helpers/engine';
import { sarifErrors } from '../helpers/sarif';

const GOLDEN = join(__dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Made-up secrets for made-up rules, derived here rather than written out. */
const hex = (seed: string) => createHash('sha256').update(seed).digest('hex');
const TOKEN = `tok_${hex('golden-token').slice(0, 16)}`;
const KEY = `key_${hex('golden-key').slice(0, 20).toUpperCase()}`;

const tokenRule = testRule({ id: 'golden.token', name: 'Golden token', prefix: 'tok_', severity: 'high' });
const keyRule = testRule({ id: 'golden.key', name: 'Golden key', regex: '\\b(key_[A-F0-9]{20})\\b', keywords: ['key_'], prefix: 'key_', severity: 'critical', provider: 'golden' });

const IDS = new Map<string, string>();
beforeAll(async () => {
  for (const s of [TOKEN, KEY]) IDS.set(s, await secretIdentity(s));
});

function fixedResult(): ScanResult {
  const set = buildRuleSet({ definitions: [tokenRule, keyRule], allowlistRegexes: [] });
  const findings: Finding[] = [
    ...detect(frag(`# app settings\nAPI_TOKEN=${TOKEN}\n`, 'config/app.env'), set),
    ...detect(frag(`keys:\n  both: ${KEY} ${TOKEN} # two on one line\n`, 'deploy/keys.yaml'), set),
  ];
  // Identities are computed after a scan (asynchronously: scrypt for weak secrets); beforeAll did it once.
  for (const f of findings) {
    f.secretId = IDS.get(f.secret)!;
    f.fingerprint = fingerprint(f.ruleId, f.path, f.secretId);
  }
  findings[0].verification = { status: 'active', checkedAt: '2025-01-02T03:04:05.000Z', identity: 'golden-user', scopes: ['repo', 'read:org'] };
  const ledger = new ScanLedger();
  for (const bytes of [40, 60, 100]) ledger.scanned(bytes);
  ledger.skip('assets/huge.log', 'too-large', 20480000);
  ledger.problem('cannot open: EACCES', 'locked.txt');
  ledger.warnings.push('a golden warning');
  // The engine options are recorded for `revoke`, which re-detects a redacted report's secrets with them.
  return { source: 'worktree', findings, ledger, dropped: {}, engine: { decodeDepth: 3, ignoreMarkers: ['tokenguard:allow'], suppress: true }, durationMs: 1234 };
}

/** Output that does not belong in a golden: the package version. */
const normalise = (text: string) => text.split(toolVersion()).join('0.0.0-golden');

function render(reporter: Reporter): string {
  const report = buildReport(fixedResult(), new Map([tokenRule, keyRule].map((r) => [r.id, r])), false, '/golden/root');
  const chunks: string[] = [];
  reporter.write(report, (c) => chunks.push(c));
  return normalise(chunks.join(''));
}

const OUTPUTS: Array<[string, () => string]> = [
  ['report.txt', () => render(textReporter())],
  ['report.json', () => render(jsonReporter)],
  ['report.sarif', () => render(sarifReporter)],
  ['summary.txt', () => normalise(summaryLines(buildReport(fixedResult(), new Map(), false)).join('\n') + '\n')],
];

describe('report goldens', () => {
  it('the fixed scan has what the goldens are meant to show: three findings, two on one line, one verified', () => {
    const r = fixedResult();
    expect(r.findings.map((f) => `${f.ruleId} ${f.path}:${f.line}`)).toEqual(['golden.token config/app.env:2', 'golden.key deploy/keys.yaml:2', 'golden.token deploy/keys.yaml:2']);
  });

  for (const [name, make] of OUTPUTS) {
    it(`${name} equals its golden file${UPDATE ? ' (rewritten: UPDATE_GOLDEN=1)' : ''}`, () => {
      const path = join(GOLDEN, name);
      const got = make();
      if (UPDATE) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(path, got);
      }
      if (!existsSync(path)) throw new Error(`${path} is missing: run UPDATE_GOLDEN=1 npx jest test/report/golden.test.ts`);
      expect(got).toBe(readFileSync(path, 'utf8'));
    });
  }

  it('the SARIF golden is valid SARIF 2.1.0 and the JSON golden is JSON', () => {
    expect(sarifErrors(JSON.parse(readFileSync(join(GOLDEN, 'report.sarif'), 'utf8')))).toEqual([]);
    expect(JSON.parse(readFileSync(join(GOLDEN, 'report.json'), 'utf8')).summary.findings).toBe(3);
  });

  it('no golden holds either secret: raw, base64, hex, percent-encoded, or any 6 characters of its hidden part', () => {
    const texts = OUTPUTS.map(([name]) => readFileSync(join(GOLDEN, name), 'utf8'));
    const all = texts.join('\n');
    for (const [secret, prefix] of [
      [TOKEN, 'tok_'],
      [KEY, 'key_'],
    ]) {
      const pct = [...Buffer.from(secret)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
      for (const form of [secret, Buffer.from(secret).toString('base64').replace(/=+$/, ''), Buffer.from(secret).toString('hex'), pct]) expect(all).not.toContain(form);
      for (let i = prefix.length; i + 6 <= secret.length - 2; i++) expect(all).not.toContain(secret.slice(i, i + 6));
    }
    // The check is not vacuous: the goldens do name the findings, by path and redacted secret.
    expect(texts.slice(0, 3).every((t) => t.includes('deploy/keys.yaml') && t.includes('tok_'))).toBe(true);
  });
});
