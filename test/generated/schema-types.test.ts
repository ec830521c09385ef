/**
 * The types and enum lists in src/generated/ come from the JSON schemas (scripts/gen-types.js). These
 * tests pin the drift check that keeps them in step, and that no enum of a schema is written out a
 * second time in the code.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKSUM_KINDS } from '../../src/engine/checksum';
import { VALIDATOR_NAMES } from '../../src/engine/validators';
import { SEVERITIES, SYNTAXES } from '../../src/generated/rule-file';
import { trackedTempDir } from '../helpers/temp';

const ROOT = join(__dirname, '..', '..');
const readJson = (...p: string[]) => JSON.parse(readFileSync(join(ROOT, ...p), 'utf8'));
const RULE_FILE = readJson('rules', 'schema', 'rule-file.schema.json');
const CONFIG = readJson('schema', 'tokenguard.config.schema.json');
const RULE = RULE_FILE.definitions.rule.properties;

/** Runs scripts/check-generated.js against the src/generated/ under `root` (in a child process: prettier needs real ES modules). */
function check(root: string) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts', 'check-generated.js'), '--root', root], { encoding: 'utf8' });
}

/** Every `enum` list in a schema. */
function enumsOf(node: unknown, out: string[][] = []): string[][] {
  if (Array.isArray(node)) node.forEach((n) => enumsOf(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'enum' && Array.isArray(v)) out.push(v.map(String));
      else enumsOf(v, out);
    }
  }
  return out;
}

/** The .ts files under `dir`, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('generated schema types', () => {
  it('pass the drift check as committed, and a stale or missing file fails it, named with the command that fixes it', () => {
    const copy = trackedTempDir('tg-gen-');
    cpSync(join(ROOT, 'src', 'generated'), join(copy, 'src', 'generated'), { recursive: true });
    const fresh = check(copy);
    expect(fresh.stderr).toContain('src/generated/ matches the schemas');
    expect(fresh.status).toBe(0);

    const ruleFile = join(copy, 'src', 'generated', 'rule-file.ts');
    writeFileSync(ruleFile, readFileSync(ruleFile, 'utf8').replace(" | 'info'", ''));
    rmSync(join(copy, 'src', 'generated', 'config.ts'));
    const stale = check(copy);
    expect(stale.status).toBe(1);
    expect(stale.stderr.trim().split('\n')).toEqual([
      'check-generated: src/generated/rule-file.ts does not match its schema; run "npm run gen:types" and commit it',
      'check-generated: src/generated/config.ts does not match its schema; run "npm run gen:types" and commit it',
    ]);
  });

  it('carry the schema enum lists the code uses, in the schema order', () => {
    expect(SEVERITIES).toEqual(RULE.severity.enum);
    expect(SYNTAXES).toEqual(RULE.syntaxExempt.properties.syntaxes.oneOf[1].items.enum);
  });

  it('have an implementation for exactly the checksum kinds and validators the schema allows', () => {
    expect([...CHECKSUM_KINDS].sort()).toEqual([...RULE.checksum.enum].sort());
    expect([...VALIDATOR_NAMES].sort()).toEqual([...RULE.validate.enum].sort());
  });

  it('leave no enum of a schema written out again in src/ (a list or a union of its values)', () => {
    const lists = [...enumsOf(RULE_FILE), ...enumsOf(CONFIG)].filter((e) => e.length >= 2);
    expect(lists.length).toBeGreaterThan(5);
    const copies: string[] = [];
    for (const file of sources(join(ROOT, 'src')).filter((f) => !f.includes(join('src', 'generated')))) {
      const text = readFileSync(file, 'utf8');
      for (const values of lists) {
        const [a, b] = values.map((v) => `['"]${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]`);
        if (new RegExp(`${a}\\s*(,|\\|)\\s*${b}`).test(text)) copies.push(`${file}: ${values.join(', ')}`);
      }
    }
    expect(copies).toEqual([]);
  });
});
