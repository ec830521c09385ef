/**
 * Last line of defence for error and log text: anything the built-in rules recognise as a secret is
 * masked before it reaches the terminal, unless the user asked for --show-secrets.
 */
import { detect } from '../engine/detect';
import type { RuleSet } from '../engine/ruleset';
import { maskText } from '../report/redact';
import { builtinRuleFiles, rulesOf } from '../rules/load';
import { buildRuleSet } from '../rules/registry';

let ruleSet: RuleSet | undefined;

/** `text` with every secret the built-in rules find in it masked. */
export function scrubMessage(text: string, showSecrets: boolean): string {
  if (showSecrets || text.length === 0) return text;
  try {
    // Provider formats only: generic rules would read "file.yaml: key: message" as an assignment.
    ruleSet ??= buildRuleSet({ definitions: rulesOf(builtinRuleFiles()).filter((d) => !d.generic), allowlistRegexes: [] });
    const found = detect({ bytes: Buffer.from(text), path: 'message', startLine: 1, offset: 0, overlap: 0, origin: { kind: 'stdin' } }, ruleSet);
    if (found.length === 0) return text;
    return maskText(text, found.map((f) => ({ secret: f.secret, prefix: ruleSet!.rules.find((r) => r.id === f.ruleId)?.def.prefix })));
  } catch {
    return text;
  }
}
