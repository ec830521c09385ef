/**
 * Promise 7, fuzzing the redactor and the config and rule loaders. The redactor must state the length
 * in a fixed-width form and never show what it hides; the loaders, fed random JSON and YAML, must return a validated value or
 * throw our typed error (ConfigError, RuleError), never crash with a TypeError.
 * FUZZ_RUNS sets the cases per property (200 in npm test, 10,000 in npm run fuzz).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadConfig, validateConfig } from '../../src/config/load';
import { ConfigError, RuleError } from '../../src/errors';
import { maskText, redactSecret } from '../../src/report/redact';
import { scrubText } from '../../src/report/scrub';
import { parseData, validateRuleFile } from '../../src/rules/load';
import { selectRules } from '../../src/rules/registry';
import { tempDir } from '../helpers/fs';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
/** Loading through cosmiconfig touches the disk: fewer cases, same properties. */
const FILE_RUNS = Math.max(50, Math.floor(RUNS / 10));

const secretArb = fc.string({ unit: 'binary', minLength: 1, maxLength: 60 });
const prefixArb = fc.option(fc.constantFrom('ghp_', 'sk_live_', 'xoxb-', 'AKIA', ''), { nil: undefined });

describe('redactor (fuzz)', () => {
  it('states the length, shows the prefix at most, and never shows the hidden middle', () => {
    fc.assert(
      fc.property(secretArb, prefixArb, (secret, prefix) => {
        const r = redactSecret(secret, prefix);
        const head = prefix && secret.startsWith(prefix) && prefix.length < secret.length ? prefix : '';
        // Visible: the prefix and at most the last two code units, and those only when 12 or more are hidden.
        const tail = secret.length - head.length >= 14 && !/[\r\n\u2026]/.test(secret.slice(-2)) ? secret.slice(-2) : '';
        const structural = /^(-----BEGIN [A-Z0-9 ]{1,60}-----(?=[\s\S])|(?:AKIA|ASIA|ABIA|ACCA|AROA|AIDA|AGPA|AIPA)(?=[A-Z0-9]{16,17}$))/.exec(secret)?.[0];
        if (!head && structural) expect(r.startsWith(structural)).toBe(true);
        else expect(r).toBe(`${head}\u2026${tail} (${secret.length} char${secret.length === 1 ? '' : 's'})`);
        expect(redactSecret(r, prefix)).toBe(r);
      }),
      { numRuns: RUNS },
    );
  });

  it('maskText leaves no occurrence of any secret', () => {
    const secrets = fc.array(fc.record({ secret: fc.string({ minLength: 4, maxLength: 30 }).filter((s) => /[^*\s]/.test(s)), prefix: prefixArb }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(secrets, fc.array(fc.string({ maxLength: 10 }), { maxLength: 6 }), (list, glue) => {
        const text = glue.map((g, i) => g + list[i % list.length].secret).join('') + (glue.length ? '' : list[0].secret);
        const masked = maskText(text, list);
        for (const { secret } of list) expect(masked.includes(secret)).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('scrubText never throws on arbitrary text, and leaves text without secrets as it was', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.array(secretArb, { maxLength: 2 }), (text, known) => {
        const out = scrubText(
          text,
          known.map((secret) => ({ secret })),
        );
        expect(typeof out).toBe('string');
        if (known.length === 0 && /^[a-z ]*$/.test(text)) expect(out).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });
});

/** Runs `f`; anything thrown must be one of `types`. Returns what `f` returned, or undefined. */
function typed<T>(types: Array<new (...a: never[]) => Error>, f: () => T): T | undefined {
  try {
    return f();
  } catch (err) {
    if (!types.some((t) => err instanceof t)) throw err;
    return undefined;
  }
}

/** Random values shaped like a config: real keys with random values, and random keys. */
const ruleLike = fc.record(
  {
    id: fc.oneof(fc.stringMatching(/^[a-z]{1,6}\.[a-z-]{1,8}$/), fc.string()),
    name: fc.string({ maxLength: 20 }),
    description: fc.string({ maxLength: 30 }),
    severity: fc.constantFrom('critical', 'high', 'low', 'bogus'),
    regex: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('\\b(acme_[a-z0-9]{8})\\b', '(a)(b)', '(?=x)(y)', '(x', '\\1(a)', '([')),
    keywords: fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }),
    references: fc.array(fc.constantFrom('https://x.test/docs', 'nope'), { maxLength: 2 }),
    examples: fc.record({ positive: fc.array(fc.string({ maxLength: 20 }), { maxLength: 2 }), negative: fc.array(fc.string({ maxLength: 20 }), { maxLength: 2 }) }),
  },
  { requiredKeys: [] },
);
const configLike = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      rules: fc.record({ disable: fc.array(fc.oneof(fc.string(), fc.constant('jwt.token'))), custom: fc.array(ruleLike, { maxLength: 2 }) }, { requiredKeys: [] }),
      allowlist: fc.record({ paths: fc.array(fc.string()), regexes: fc.array(fc.oneof(fc.string(), fc.constantFrom('(', '\\', '[a-', '(?<n>x)'))) }, { requiredKeys: [] }),
      maxFileSize: fc.oneof(fc.integer(), fc.string({ maxLength: 8 }), fc.constantFrom('10MB', '1.5 GiB', '0')),
      hooks: fc.array(fc.record({ on: fc.constantFrom('finding', 'x'), run: fc.string(), webhook: fc.string() }, { requiredKeys: [] }), { maxLength: 2 }),
      ignoreComments: fc.array(fc.string()),
      unknownKey: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
);

describe('config loader (fuzz)', () => {
  it('validateConfig and rule selection return a config or throw ConfigError/RuleError', () => {
    fc.assert(
      fc.property(configLike, (data) => {
        const config = typed([ConfigError], () => validateConfig(structuredClone(data), 'fuzz.yaml'));
        if (config) typed([ConfigError, RuleError], () => selectRules(config, 'fuzz.yaml'));
      }),
      { numRuns: RUNS },
    );
  });

  it('loadConfig on random YAML and JSON files returns a config or throws ConfigError', async () => {
    const dir = tempDir('tg-fuzz-config-');
    const yamlish = fc
      .array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(': ', '\n', '  ', '- ', '[', '{', '"', "'", '&a ', '*a', '!!binary ', '---\n', 'allowlist:', 'regexes:')), { maxLength: 20 })
      .map((a) => a.join(''));
    const text = fc.oneof(
      yamlish,
      configLike.map((v) => JSON.stringify(v) ?? ''),
      fc.string({ unit: 'binary', maxLength: 80 }),
    );
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom('.tokenguardrc', '.tokenguardrc.json', '.tokenguardrc.yaml'), async (body, name) => {
        const file = join(dir, name);
        writeFileSync(file, body);
        try {
          const loaded = await loadConfig({ from: dir, explicit: file });
          expect(typeof loaded.config).toBe('object');
        } catch (err) {
          if (!(err instanceof ConfigError)) throw err;
        }
      }),
      { numRuns: FILE_RUNS },
    );
  });
});

describe('rule loader (fuzz)', () => {
  const ruleFile = fc.record({ provider: fc.oneof(fc.constant('acme'), fc.string()), name: fc.string({ maxLength: 10 }), rules: fc.array(ruleLike, { maxLength: 3 }) }, { requiredKeys: ['rules'] });

  it('parseData and validateRuleFile return a rule file or throw RuleError', () => {
    const yamlText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 100 }),
      ruleFile.map((r) => JSON.stringify(r)),
      fc.constantFrom('rules: [', 'a: b: c', '- x\n y', '&a [*a]', 'k: !!int x'),
    );
    fc.assert(
      fc.property(yamlText, fc.constantFrom('r.yaml', 'r.json'), (text, file) => {
        const data = typed([RuleError], () => parseData(text, file));
        if (data !== undefined) typed([RuleError], () => validateRuleFile(data, file));
      }),
      { numRuns: RUNS },
    );
  });

  it('validateRuleFile on rule-shaped data stamps the provider on every rule it accepts', () => {
    fc.assert(
      fc.property(fc.oneof(ruleFile, fc.jsonValue()), (data) => {
        const file = typed([RuleError], () => validateRuleFile(structuredClone(data), 'r.yaml'));
        if (file) for (const rule of file.rules) expect(rule.provider).toBe(file.provider);
      }),
      { numRuns: RUNS },
    );
  });
});
