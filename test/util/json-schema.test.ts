/**
 * The validators the build compiles ahead of time (dist/schema-validators.js) against ajv compiling the
 * same schemas in this process: the same verdicts and the same errors, field by field, on the built-in
 * rule files, on broken copies of them and on configs good and bad. A schema edited after the build must
 * not be judged by the stale validator.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { configSchema } from '../../src/config/schema';
import { RULES_DIR, ruleFileSchema } from '../../src/rules/load';
import { compileFresh, compileSchema, PREBUILT_VALIDATORS, schemaDigest } from '../../src/util/json-schema';
import fg from 'fast-glob';

/** What a caller reads of an error (formatSchemaErrors): everything but the schema objects themselves. */
const shape = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => ({
    path: e.instancePath,
    at: e.schemaPath,
    keyword: e.keyword,
    params: e.params,
    message: e.message,
    described: (e.parentSchema as { description?: string } | undefined)?.description,
  }));

function verdicts(validate: ValidateFunction, data: unknown) {
  const ok = validate(data);
  return { ok, errors: shape(validate.errors) };
}

const built = require(PREBUILT_VALIDATORS) as Record<string, unknown> & { digests: Record<string, string> };

describe('the prebuilt schema validators', () => {
  it('are built from the schemas as they are now (scripts/check-dist.js keeps dist/ in step)', () => {
    expect(existsSync(PREBUILT_VALIDATORS)).toBe(true);
    for (const schema of [configSchema(), ruleFileSchema()]) {
      expect(typeof built[schema.$id]).toBe('function');
      expect(built.digests[schema.$id]).toBe(schemaDigest(schema));
      // compileSchema hands out the prebuilt function itself.
      expect(compileSchema(schema)).toBe(built[schema.$id]);
    }
  });

  // Every sixth rule file: a spread of providers and rule shapes, in a few seconds.
  const ruleFiles = fg.sync('**/*.yaml', { cwd: RULES_DIR, ignore: ['schema/**'] }).sort();
  const YAML = require('yaml') as typeof import('yaml');
  const parsed = ruleFiles.filter((_, i) => i % 6 === 0).map((f) => ({ f, data: YAML.parse(readFileSync(join(RULES_DIR, f), 'utf8')) as Record<string, unknown> }));

  it('judge the built-in rule files and broken copies of them as ajv does', () => {
    const schema = ruleFileSchema();
    const prebuilt = compileSchema(schema);
    const fresh = compileFresh(schema);
    expect(prebuilt).not.toBe(fresh);
    const breakages: Array<(d: Record<string, unknown>) => unknown> = [
      (d) => d,
      (d) => ({ ...d, extra: 1 }),
      (d) => ({ ...d, rules: (d.rules as object[]).map((r) => ({ ...r, id: 'Not An Id', severity: 'huge' })) }),
      (d) => ({ ...d, rules: (d.rules as Array<Record<string, unknown>>).map(({ keywords: _k, examples: _e, ...r }) => r) }),
      (d) => ({ ...d, rules: (d.rules as object[]).map((r) => ({ ...r, entropy: 'high', keywords: [1, 2] })) }),
      (d) => ({ provider: d.provider }),
    ];
    let failed = 0;
    for (const { f, data } of parsed) {
      for (const breakage of breakages) {
        const copy = breakage(structuredClone(data));
        const a = verdicts(prebuilt, copy);
        expect({ f, ...a }).toEqual({ f, ...verdicts(fresh, copy) });
        if (!a.ok) failed++;
      }
    }
    // Every broken copy fails (the first breakage is the file itself, which passes).
    expect(failed).toBe(parsed.length * (breakages.length - 1));
  });

  it.each([
    ['an empty config', {}],
    ['a full one', { rules: { disable: ['github.pat-classic'] }, allowlist: { paths: ['vendor/**'], regexes: ['^EXAMPLE'] }, maxFileSize: '5MB' }],
    ['unknown keys', { rulez: {}, allowlist: { pathz: ['a'] } }],
    ['wrong types', { rules: { disable: [1] }, maxFileSize: 'huge', verify: { rateLimit: 'fast' } }],
    ['a custom rule missing its fields', { rules: { custom: [{ id: 'acme.key' }] } }],
    ['a custom rule of the wrong shape', { rules: { custom: [{ id: 'acme.key', name: 'Acme', severity: 'low', regex: 'acme_[a-z]{8}', keywords: 'acme' }] } }],
    ['not an object', []],
  ])('judge %s as ajv does', (_name, config) => {
    const schema = configSchema();
    expect(verdicts(compileSchema(schema), config)).toEqual(verdicts(compileFresh(schema), config));
  });

  it('are not used for a schema changed since the build', () => {
    jest.isolateModules(() => {
      const { compileSchema: compile } = require('../../src/util/json-schema') as typeof import('../../src/util/json-schema');
      const schema = configSchema() as { $id: string; required?: string[] };
      schema.required = ['maxFileSize'];
      const validate = compile(schema);
      expect(validate).not.toBe(built[schema.$id]);
      expect(validate({})).toBe(false);
      expect(built[schema.$id] as ValidateFunction).toBeDefined();
      expect((built[schema.$id] as ValidateFunction)({})).toBe(true);
    });
  });
});
