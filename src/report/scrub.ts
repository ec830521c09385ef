/**
 * Scrubbing of free text (error messages, scan problems, warnings): anything the built-in provider
 * rules recognise as a secret is masked, and so is every secret the caller already knows about (the
 * findings of the scan), which also covers generic secrets the provider rules cannot recognise.
 */
import { detect } from '../engine/detect';
import type { RuleSet } from '../engine/ruleset';
import { builtinScanRules } from '../rules/load';
import { buildRuleSet } from '../rules/registry';
import { maskText } from './redact';

/** A secret to mask wherever it occurs, with the prefix redaction may keep. */
export interface KnownSecret {
  secret: string;
  prefix?: string;
}

let ruleSet: RuleSet | undefined;

/** Provider secrets the built-in rules find in `text`. */
function detectedIn(text: string): KnownSecret[] {
  // Provider formats only: generic rules would read "file.yaml: key: message" as an assignment.
  ruleSet ??= buildRuleSet({ definitions: builtinScanRules().filter((d) => !d.generic), allowlistRegexes: [] });
  const found = detect({ bytes: Buffer.from(text), path: 'message', startLine: 1, offset: 0, overlap: 0, origin: { kind: 'stdin' } }, ruleSet);
  return found.map((f) => ({ secret: f.secret, prefix: ruleSet!.rules.find((r) => r.id === f.ruleId)?.def.prefix }));
}

/** `text` with every recognisable and every known secret masked. */
export function scrubText(text: string, known: KnownSecret[] = []): string {
  if (text.length === 0) return text;
  let masks = known;
  try {
    masks = [...detectedIn(text), ...known];
  } catch {
    // Detection failing must not hide the error being reported; the known secrets are still masked.
  }
  return masks.length === 0 ? text : maskText(text, masks);
}
