/**
 * A rule's leading `\b` is checked by the engine, not by RE2 (compiled-rule.ts): RE2 then jumps to the
 * pattern's literal, and a `\n` escape before the key (a JSON string's `…unlocked\nBW_SESSION=…`) counts as a
 * boundary. A flag group that opens the pattern with `\b` hands it over too, unless the group alternates
 * or may be skipped, where the `\b` does not start every match.
 */
import { CompiledRule, runnableRegex } from '../../src/engine/compiled-rule';
import type { RuleDefinition } from '../../src/rules/types';
import { hex, scanFiles, secrets } from '../helpers/scan-files';

const rule = (regex: string) => new CompiledRule({ id: 't.rule', name: 't', severity: 'high', regex, keywords: ['x'] } as unknown as RuleDefinition);

it('takes the \\b out of a pattern that starts with it, bare or inside a flag group that alternates nothing', () => {
  expect(runnableRegex('\\b(?i:r2|cf)_key=(\\w+)')[0]).toBe('(?i:r2|cf)_key=(\\w+)');
  expect(runnableRegex('(?i)\\bkey=(\\w+)')[0]).toBe('(?i)key=(\\w+)');
  expect(runnableRegex('(?i:\\bgeo[_.-]?session)=(\\w+)')[0]).toBe('(?i:geo[_.-]?session)=(\\w+)');
  expect(runnableRegex('(?i:\\b(?:a|b)[|)]x)=(\\w+)')[0]).toBe('(?i:(?:a|b)[|)]x)=(\\w+)');
  expect(rule('(?i:\\bgeo_session)=(\\w+)').leadingBoundary).toBe(true);
});

it('keeps the \\b of a flag group that alternates or may be skipped', () => {
  for (const regex of ['(?i:\\br2|cloudflare_r2)_key=(\\w+)', '(?i:\\bkey)?=(\\w+)', '(?i:\\bkey)*=(\\w+)', '(?i:\\bkey){0,1}=(\\w+)']) {
    expect(runnableRegex(regex)[0]).toBe(regex);
    expect(rule(regex).leadingBoundary).toBe(false);
  }
});

it('finds a Bitwarden session key after an escaped line break in a JSON string, and not inside another word', async () => {
  const session = `${Buffer.from(hex(128), 'hex').toString('base64').slice(0, 86)}==`;
  const other = `${Buffer.from(hex(128), 'hex').toString('base64').slice(0, 86)}==`;
  const hits = await scan({
    'logs/unlock.json': `{"msg": "vault unlocked\\nBW_SESSION=${session}\\nnext"}\n`,
    'logs/other.json': `{"msg": "xbw_session=${other}"}\n`,
  });
  expect(secrets(hits)).toEqual([session]);
});

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-leading-boundary-');
