#!/usr/bin/env node
// Generates the TypeScript types of the two file formats, src/generated/*.ts, from their JSON schemas
// with json-schema-to-typescript, so a format is written once (in its schema) and the code cannot
// drift from what ajv accepts. The enum lists the code needs at run time (severities, syntax names)
// are generated beside the types, from the same schema.
//
// `npm run gen:types` writes the files; scripts/check-generated.js (run by `npm test`) fails while a
// committed one differs from what this script makes. Output depends only on the schemas and the
// locked versions of json-schema-to-typescript and prettier.
'use strict';
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const ROOT = join(__dirname, '..');

/**
 * Type names for schema nodes (JSON pointers); `list` names an `as const` array of the node's enum
 * values. A named node must have a description: it becomes the type's doc comment.
 */
const RULE_FILE_NAMES = {
  '': { title: 'RuleFile' },
  '/definitions/rule': { title: 'RuleEntry' },
  '/definitions/rule/properties/severity': { title: 'Severity', list: 'SEVERITIES' },
  '/definitions/rule/properties/allowlist': { title: 'RuleAllowlist' },
  '/definitions/rule/properties/extractor': { title: 'Extractor' },
  '/definitions/rule/properties/keyClass': { title: 'KeyClass' },
  '/definitions/rule/properties/checksum': { title: 'ChecksumKind' },
  '/definitions/rule/properties/validate': { title: 'ValidatorName' },
  '/definitions/rule/properties/syntaxExempt': { title: 'SyntaxExempt' },
  '/definitions/rule/properties/syntaxExempt/properties/syntaxes/oneOf/1/items': { title: 'SyntaxName', list: 'SYNTAXES' },
  '/definitions/rule/properties/examples': { title: 'RuleExamples' },
  '/definitions/rule/properties/examples/properties/positive/items': { title: 'PositiveExample' },
  '/definitions/request': { title: 'RequestSpec' },
  '/definitions/request/properties/method': { title: 'HttpMethod' },
  '/definitions/capture': { title: 'CaptureSpec' },
  '/definitions/need': { title: 'NeedSpec' },
  '/definitions/needs': { title: 'NeedsSpec' },
  '/definitions/verify': { title: 'VerifySpec' },
  '/definitions/verify/properties/module': { title: 'VerifyModule' },
  '/definitions/verify/properties/outcomes/items': { title: 'OutcomeSpec' },
  '/definitions/verify/properties/outcomes/items/properties/result': { title: 'OutcomeResult' },
  '/definitions/revoke': { title: 'RevokeSpec' },
  '/definitions/revoke/properties/steps/items': { title: 'RevokeStep' },
};

const CONFIG_NAMES = {
  '': { title: 'TokenguardConfig' },
  '/properties/hooks/items': { title: 'HookConfig' },
  '/properties/hooks/items/properties/on': { title: 'HookTrigger' },
  '/properties/verify': { title: 'VerifyConfig' },
};

/** The generated files: which schema, the names, and $refs that point at types of another generated file. */
const TARGETS = [
  { out: 'src/generated/rule-file.ts', schema: 'rules/schema/rule-file.schema.json', names: RULE_FILE_NAMES, external: {} },
  {
    out: 'src/generated/config.ts',
    schema: 'schema/tokenguard.config.schema.json',
    names: CONFIG_NAMES,
    // The config schema carries a copy of the rule-file definitions (scripts/sync-schemas.js) for its
    // custom rules; the types come from the rule-file schema once, not twice.
    external: { '#/definitions/rule': { type: 'RuleEntry', from: './rule-file' } },
  },
];

const OPTIONS = {
  bannerComment: '',
  additionalProperties: true, // an object schema that does not forbid them (verify's `json`) is a record
  ignoreMinAndMaxItems: true, // arrays, not tuples: ajv checks the counts
  strictIndexSignatures: false,
  unreachableDefinitions: false,
  format: false, // the whole file is formatted once, below
};
/** Prettier's options for the whole file (its version is locked with json-schema-to-typescript's). */
const STYLE = { parser: 'typescript', singleQuote: true, printWidth: 120, trailingComma: 'all', bracketSpacing: true };

/** The node at a JSON pointer ('' is the root). */
function at(schema, pointer) {
  return pointer === ''
    ? schema
    : pointer
        .slice(1)
        .split('/')
        .reduce((node, key) => node?.[key], schema);
}

/**
 * Drops anyOf/oneOf lists whose branches only say which keys are required ("regex, path or extractor"):
 * json-schema-to-typescript turns them into unions of index signatures that lose every property type.
 * ajv still enforces them; the types say which keys exist and what they hold.
 */
function dropRequiredOnlyChoices(node) {
  if (Array.isArray(node)) return node.forEach(dropRequiredOnlyChoices);
  if (!node || typeof node !== 'object') return;
  for (const key of ['anyOf', 'oneOf']) {
    if (Array.isArray(node[key]) && node[key].every((b) => Object.keys(b).every((k) => k === 'required'))) delete node[key];
  }
  Object.values(node).forEach(dropRequiredOnlyChoices);
}

/** Replaces $refs to another generated file's types by the type's name. */
function replaceExternal(node, external) {
  if (Array.isArray(node)) return node.forEach((n) => replaceExternal(n, external));
  if (!node || typeof node !== 'object') return;
  if (typeof node.$ref === 'string' && external[node.$ref]) {
    const { type } = external[node.$ref];
    delete node.$ref;
    node.tsType = type;
  }
  Object.values(node).forEach((n) => replaceExternal(n, external));
}

/** The schema as json-schema-to-typescript should see it: named nodes, no required-only choices. */
function prepare(schema, target) {
  const s = structuredClone(schema);
  delete s.$id; // refs are all local: nothing to fetch
  replaceExternal(s, target.external);
  // The config's definitions are the rule's copies, reachable only through it (a $ref left dangling fails).
  if (Object.keys(target.external).length > 0) delete s.definitions;
  for (const [pointer, { title }] of Object.entries(target.names)) {
    const node = at(s, pointer);
    if (!node) throw new Error(`${target.schema}: no node at ${pointer || '(root)'}`);
    if (!node.description) throw new Error(`${target.schema}: ${pointer || '(root)'} (${title}) has no description`);
    node.title = title;
  }
  dropRequiredOnlyChoices(s);
  return s;
}

/** `export const NAME = [...] as const` for each named enum, checked against its generated type (prettier quotes it). */
function enumLists(schema, target) {
  const out = [];
  for (const [pointer, { title, list }] of Object.entries(target.names)) {
    if (!list) continue;
    const values = at(schema, pointer).enum;
    if (!Array.isArray(values)) throw new Error(`${target.schema}: ${pointer} is not an enum`);
    out.push(`/** Every ${title}, in the schema's order. */`);
    out.push(`export const ${list} = [${values.map((v) => JSON.stringify(v)).join(', ')}] as const satisfies readonly ${title}[];`);
  }
  return out.length ? `\n${out.join('\n')}\n` : '';
}

function banner(target) {
  const imports = Object.values(target.external).map(({ type, from }) => `import type { ${type} } from '${from}';\n`);
  return [
    '/**',
    ` * Generated by scripts/gen-types.js from ${target.schema}: do not edit.`,
    ' * Change the schema, then run `npm run gen:types`; `npm test` fails while this file is stale.',
    ' */',
    '',
    ...new Set(imports),
  ].join('\n');
}

/** The generated files, [{ path (relative to the package), text }], computed from the schemas. */
async function generate() {
  const { compile } = require('json-schema-to-typescript');
  const prettier = require('prettier');
  const files = [];
  for (const target of TARGETS) {
    const schema = JSON.parse(readFileSync(join(ROOT, target.schema), 'utf8'));
    const body = await compile(prepare(schema, target), target.names[''].title, { ...OPTIONS, cwd: join(ROOT, dirname(target.schema)) });
    const text = await prettier.format(`${banner(target)}\n${body}\n${enumLists(schema, target)}`, STYLE);
    files.push({ path: target.out, text });
  }
  return files;
}

module.exports = { ROOT, generate };

if (require.main === module) {
  generate().then(
    (files) => {
      for (const f of files) {
        mkdirSync(dirname(join(ROOT, f.path)), { recursive: true });
        writeFileSync(join(ROOT, f.path), f.text);
        process.stderr.write(`gen-types: wrote ${f.path}\n`);
      }
    },
    (err) => {
      process.stderr.write(`gen-types: ${err.message}\n`);
      process.exitCode = 1;
    },
  );
}
