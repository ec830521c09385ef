"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.keyWords = keyWords;
exports.matrixAssignment = matrixAssignment;
exports.exemptSyntaxes = exemptSyntaxes;
exports.syntaxSamples = syntaxSamples;
const rule_facts_1 = require("../engine/rule-facts");
// The syntaxes every rule is checked in are the schema's list (syntaxExempt names them): BUILD below
// must have one for each.
const rule_file_1 = require("../generated/rule-file");
/** Words of a key: SENDBIRD_API_TOKEN, sendbird.api-token and sendbirdApiToken all give sendbird, api, token. */
function keyWords(key) {
    return key
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w.toLowerCase());
}
const upper = (w) => w.join('_').toUpperCase();
const snake = (w) => w.join('_');
const camel = (w) => w.map((x, i) => (i === 0 ? x : x[0].toUpperCase() + x.slice(1))).join('');
const pascal = (w) => w.map((x) => x[0].toUpperCase() + x.slice(1)).join('');
/** The value quoted with `q`, or undefined when the secret holds a character that quoting would have to escape. */
function quoted(secret, q, also = '') {
    return [...(q + '\\' + also)].some((c) => secret.includes(c)) ? undefined : `${q}${secret}${q}`;
}
/** Builds one syntax's text, or undefined when the secret cannot be written there unescaped. */
const BUILD = {
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
const ASSIGNMENT = /([A-Za-z_][A-Za-z0-9_.-]*)["'\]]*\s*(?:=>|:=|=|:)\s*["'`]?([^\s"'`]*\{\{secret\}\}[^\s"'`]*)/;
/**
 * The key and value of the rule's first assignment-shaped positive example (a URI rule assigns the
 * whole URI, not the bare password), with `syntaxKey` overriding the key; without such an example,
 * the provider's API key holding the bare secret.
 */
function matrixAssignment(def) {
    for (const ex of def.examples.positive) {
        const m = ASSIGNMENT.exec(typeof ex === 'string' ? ex : ex.text);
        if (m && keyWords(m[1]).length > 0)
            return { key: def.syntaxKey ?? m[1], value: m[2] };
    }
    return { key: def.syntaxKey ?? `${(0, rule_facts_1.ruleProvider)(def)}_api_key`, value: '{{secret}}' };
}
/** The syntaxes a rule states it need not match in. */
function exemptSyntaxes(def) {
    const ex = def.syntaxExempt;
    if (!ex)
        return new Set();
    return new Set(ex.syntaxes === 'all' ? rule_file_1.SYNTAXES : ex.syntaxes);
}
/** The secret written in every syntax it can be written in unescaped, minus the rule's exemptions. */
function syntaxSamples(def, secret) {
    // Multi-line secrets (PEM blocks) and file-name rules have formats of their own.
    if (secret.includes('\n') || def.path !== undefined)
        return [];
    const { key, value } = matrixAssignment(def);
    const words = keyWords(key);
    const written = value.split('{{secret}}').join(secret);
    const exempt = exemptSyntaxes(def);
    const out = [];
    for (const syntax of rule_file_1.SYNTAXES) {
        if (exempt.has(syntax))
            continue;
        const text = BUILD[syntax].text(words, written);
        if (text !== undefined)
            out.push({ syntax, path: BUILD[syntax].path, text });
    }
    return out;
}
