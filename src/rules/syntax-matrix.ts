/**
 * The syntax matrix of `rules check`: a rule's secret, assigned to its key in each of the common file
 * syntaxes, must still be found. A rule that only works in the one syntax its examples were written in
 * misses the same secret in the next repository; this is where that shows.
 */
import type { RuleDefinition } from './types';
import { ruleProvider } from '../engine/rule-facts';
// The syntaxes every rule is checked in are the schema's list (syntaxExempt names them): BUILD below
// must have one for each.
import { SYNTAXES, type SyntaxName } from '../generated/rule-file';

/** A file in one syntax holding the secret, and the path it would have. */
export interface SyntaxSample {
  syntax: SyntaxName;
  path: string;
  text: string;
}

/** Words of a key: SENDBIRD_API_TOKEN, sendbird.api-token and sendbirdApiToken all give sendbird, api, token. */
export function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

const upper = (w: string[]) => w.join('_').toUpperCase();
const snake = (w: string[]) => w.join('_');
const camel = (w: string[]) => w.map((x, i) => (i === 0 ? x : x[0].toUpperCase() + x.slice(1))).join('');
const pascal = (w: string[]) => w.map((x) => x[0].toUpperCase() + x.slice(1)).join('');

type Quote = '"' | "'";

/** The value quoted with `q`, or undefined when the secret holds a character that quoting would have to escape. */
function quoted(secret: string, q: Quote, also = ''): string | undefined {
  return [...(q + '\\' + also)].some((c) => secret.includes(c)) ? undefined : `${q}${secret}${q}`;
}

/** Builds one syntax's text, or undefined when the secret cannot be written there unescaped. */
const BUILD: Record<SyntaxName, { path: string; text: (w: string[], s: string) => string | undefined }> = {
  env: { path: '.env', text: (w, s) => (/\s|#/.test(s) ? undefined : `# service\n${upper(w)}=${s}\n`) },
  yaml: { path: 'config/settings.yaml', text: (w, s) => (/^[\s'"&*!|>%@`{[]|: | #/.test(s) ? undefined : `service:\n  ${snake(w)}: ${s}\n`) },
  json: { path: 'config/settings.json', text: (w, s) => ((q) => q && `{\n  "service": {\n    "${camel(w)}": ${q}\n  }\n}\n`)(quoted(s, '"')) },
  xml: { path: 'config/app.config', text: (w, s) => (/[<>&"]/.test(s) ? undefined : `<configuration>\n  <${pascal(w)}>${s}</${pascal(w)}>\n</configuration>\n`) },
  ini: { path: 'config/app.ini', text: (w, s) => (/^\s|\s$|[;#]/.test(s) ? undefined : `[service]\n${snake(w)} = ${s}\n`) },
  properties: { path: 'src/main/resources/application.properties', text: (w, s) => (/\s|\\/.test(s) ? undefined : `app.${w.join('.')}=${s}\n`) },
  toml: { path: 'config.toml', text: (w, s) => ((q) => q && `[service]\n${snake(w)} = ${q}\n`)(quoted(s, '"')) },
  shell: { path: 'scripts/deploy.sh', text: (w, s) => ((q) => q && `#!/bin/sh\nexport ${upper(w)}=${q}\n`)(quoted(s, '"', '$`')) },
  python: { path: 'app/settings.py', text: (w, s) => ((q) => q && `import os\n\n${upper(w)} = ${q}\n`)(quoted(s, "'")) },
  js: { path: 'src/config.ts', text: (w, s) => ((q) => q && `export const ${camel(w)} = ${q};\n`)(quoted(s, "'", '`$')) },
  go: { path: 'internal/config/config.go', text: (w, s) => ((q) => q && `package config\n\nconst ${pascal(w)} = ${q}\n`)(quoted(s, '"')) },
  java: { path: 'src/main/java/app/Config.java', text: (w, s) => ((q) => q && `class Config {\n  static final String ${upper(w)} = ${q};\n}\n`)(quoted(s, '"')) },
  csharp: { path: 'src/App/Settings.cs', text: (w, s) => ((q) => q && `class Settings {\n  public const string ${pascal(w)} = ${q};\n}\n`)(quoted(s, '"')) },
  php: { path: 'config/services.php', text: (w, s) => ((q) => q && `<?php\nreturn [\n    '${snake(w)}' => ${q},\n];\n`)(quoted(s, "'")) },
  ruby: { path: 'config/initializers/service.rb', text: (w, s) => ((q) => q && `Service.configure do |config|\n  config.${snake(w)} = ${q}\nend\n`)(quoted(s, "'", '#')) },
};

/** What the matrix assigns: a key, and a value in which `{{secret}}` stands for the secret. */
export interface MatrixAssignment {
  key: string;
  value: string;
}

const ASSIGNMENT = /([A-Za-z_][A-Za-z0-9_.-]*)["'\]]*\s*(?:=>|:=|=|:)\s*["'`]?([^\s"'`]*\{\{secret\}\}[^\s"'`]*)/;

/**
 * The key and value of the rule's first assignment-shaped positive example (a URI rule assigns the
 * whole URI, not the bare password), with `syntaxKey` overriding the key; without such an example,
 * the provider's API key holding the bare secret.
 */
export function matrixAssignment(def: RuleDefinition): MatrixAssignment {
  for (const ex of def.examples.positive) {
    const m = ASSIGNMENT.exec(typeof ex === 'string' ? ex : ex.text);
    if (m && keyWords(m[1]).length > 0) return { key: def.syntaxKey ?? m[1], value: m[2] };
  }
  return { key: def.syntaxKey ?? `${ruleProvider(def)}_api_key`, value: '{{secret}}' };
}

/** The syntaxes a rule states it need not match in. */
export function exemptSyntaxes(def: RuleDefinition): Set<string> {
  const ex = def.syntaxExempt;
  if (!ex) return new Set();
  return new Set(ex.syntaxes === 'all' ? SYNTAXES : ex.syntaxes);
}

/** The secret written in every syntax it can be written in unescaped, minus the rule's exemptions. */
export function syntaxSamples(def: RuleDefinition, secret: string): SyntaxSample[] {
  // Multi-line secrets (PEM blocks) and file-name rules have formats of their own.
  if (secret.includes('\n') || def.path !== undefined) return [];
  const { key, value } = matrixAssignment(def);
  const words = keyWords(key);
  const written = value.split('{{secret}}').join(secret);
  const exempt = exemptSyntaxes(def);
  const out: SyntaxSample[] = [];
  for (const syntax of SYNTAXES) {
    if (exempt.has(syntax)) continue;
    const text = BUILD[syntax].text(words, written);
    if (text !== undefined) out.push({ syntax, path: BUILD[syntax].path, text });
  }
  return out;
}
