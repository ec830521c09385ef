/**
 * Key/value pairs on a line, by syntax: assignments in every common form (env, YAML, JSON, TOML, INI,
 * properties, shell, code, connection-string fields, XML attributes), XML elements, .NET `<add key
 * value>`, PHP `define()`, Dockerfile `ENV`/`ARG` and fish `set` with a space, command-line flags, typed
 * declarations (`const KEY: &str = "v"`) and setter calls (`setPassword("v")`). Only pairs whose key
 * holds a credential word are returned; keys.ts decides what the key really says. RE2 only.
 */
import RE2 from 're2';

/** One key/value pair: byte offsets within the line. */
export interface Pair {
  key: string;
  value: string;
  /** Byte offsets of the value within the line. */
  start: number;
  end: number;
  quoted: boolean;
  /** Unquoted, after a spaced `=` or `:`, and followed by more words: an expression or a command, not a literal. */
  expression: boolean;
}

/** A word a credential key holds somewhere (keys.ts judges the whole key). */
const KW = '(?:pass|pwd|psk|secret|token|key|auth|cred|bearer|salt|dsn)';
const KEY = `(?:[\\w$@-]+[.:/])*[\\w$@-]*${KW}[\\w$@-]*`;
/** A value: double-, single- or back-quoted (a string prefix such as r"", @"" allowed), or bare. */
const VALUE = '(?:[rbufRBUF@]{0,2}"((?:[^"\\\\\\n]|\\\\.){1,512})"|[rbufRBUF@]{0,2}\'((?:[^\'\\\\\\n]|\\\\.){1,512})\'|`([^`\\n]{1,512})`|([^\\s"\'`;<>|]{1,512}))';
const QUOTED = '(?:[rbuf@]{0,2}"((?:[^"\\\\\\n]|\\\\.){1,512})"|[rbuf@]{0,2}\'((?:[^\'\\\\\\n]|\\\\.){1,512})\')';

/** Patterns, each with the key in group 1 and the value in the first non-empty of the following groups. */
const SOURCES = [
  // KEY = v, KEY: v, "key": "v", key => 'v', key := "v", env["KEY"] = "v", <key>v
  `(?i)(?:^|[^\\w.$@-])["'\`]?(${KEY})["'\`]?\\]?[ \\t]*(?:=>|:=|\\+?=|:|->|>)[ \\t]*${VALUE}`,
  // const KEY: &str = "v", let apiKey: String = "v"
  `(?i)(?:^|[^\\w.$@-])(${KEY})[ \\t]*:[ \\t]*&?[\\w<>\\[\\]'. ]{1,40}?=[ \\t]*${QUOTED}`,
  // <add key="ApiToken" value="v" />
  `(?i)<add\\s+key\\s*=\\s*"([^"]*${KW}[^"]*)"\\s+value\\s*=\\s*"([^"]{1,512})"`,
  // define('DB_PASSWORD', 'v')
  `(?i)define\\(\\s*['"]([^'"]*${KW}[^'"]*)['"]\\s*,\\s*${QUOTED}`,
  // ENV KEY v (Dockerfile), set -gx KEY v (fish)
  `(?i)^[ \\t]*(?:ENV|ARG|set(?:[ \\t]+-[a-zA-Z]+)*)[ \\t]+(${KEY})[ \\t]+${VALUE}`,
  // --password v, -token v (flags separated by a space; --flag=v is an assignment)
  `(?i)(?:^|[ \\t])(--?[\\w-]*${KW}[\\w-]*)[ \\t]+([^\\s"'\`;<>|-][^\\s"'\`;<>|]{0,511}|"[^"\\n]{1,512}"|'[^'\\n]{1,512}')`,
  // setPassword("v"), withApiKey('v'), .token("v")
  `(?i)(?:^|[^\\w$])((?:set|with|use)?[\\w$]*${KW}[\\w$]*)\\(\\s*${QUOTED}\\s*[,)]`,
];

/** Index of the setter-call pattern: a credential constructor takes a user name first, not the secret. */
const CALL = SOURCES.length - 1;
const NOT_A_SETTER = /(credentials?|creds?|auth)$/i;

let compiled: RE2[] | undefined;

/** True when the key sits inside a template or names an alias (`${TOKEN:?…}`, `alias token-check=…`). */
function notAKey(line: Buffer, keyStart: number): boolean {
  let i = keyStart - 1;
  if (line[i] === 34 || line[i] === 39) i--;
  if (line[i] === 123 && (line[i - 1] === 36 || line[i - 1] === 123)) return true;
  return /(^|\s)alias\s+$/.test(line.toString('latin1', Math.max(0, keyStart - 16), keyStart));
}

/** After the value: more words (not a comment, a separator or a closing bracket) on the same line. */
function moreWords(line: Buffer, end: number): boolean {
  const rest = line.toString('latin1', end, Math.min(line.length, end + 64)).replace(/^["'`]/, '').trimStart();
  return rest.length > 0 && !/^([#;,)\]}<>]|\/\/|--|\/\*|\||&&|\\$)/.test(rest);
}

/** Every key/value pair on `line` whose key holds a credential word. */
export function pairsOn(line: Buffer): Pair[] {
  compiled ??= SOURCES.map((s) => new RE2(s, 'gd'));
  const out: Pair[] = [];
  const seen = new Set<number>();
  for (const [n, re] of compiled.entries()) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const idx = (m as unknown as { indices: Array<[number, number] | undefined> }).indices;
      const g = idx.findIndex((span, i) => i >= 2 && span !== undefined);
      if (g < 0 || !idx[1] || notAKey(line, idx[1][0])) continue;
      if (n === CALL && NOT_A_SETTER.test(line.toString('utf8', idx[1][0], idx[1][1]))) continue;
      let [start, end] = idx[g]!;
      let raw = line.toString('utf8', start, end);
      const before = start > 0 ? line[start - 1] : 0;
      let quoted = (before === 34 || before === 39 || before === 96) && line[end] === before;
      if (/^["'].*["']$/s.test(raw)) {
        raw = raw.slice(1, -1);
        start++;
        end--;
        quoted = true;
      }
      // A bare value that ends a statement or an object keeps its value, not the punctuation.
      const trimmed = quoted ? raw : raw.replace(/[,)\]}]+$/, '');
      end -= Buffer.byteLength(raw) - Buffer.byteLength(trimmed);
      if (trimmed.length === 0 || seen.has(start)) continue;
      seen.add(start);
      const spaced = /\s$/.test(line.toString('latin1', Math.max(0, start - 1), start));
      const expression = !quoted && spaced && moreWords(line, end);
      out.push({ key: line.toString('utf8', idx[1][0], idx[1][1]), value: trimmed, start, end, quoted, expression });
    }
  }
  return out;
}
