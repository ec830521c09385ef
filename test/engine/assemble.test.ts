import fc from 'fast-check';
import { analyze } from '../../src/engine/analyze';
import { DEFAULT_DECODE } from '../../src/engine/decode';
import { work } from '../../src/engine/literals';
import { DEFAULT_ENGINE_OPTIONS } from '../../src/engine/ruleset';
import { buildRuleSet } from '../../src/rules/registry';
import { frag } from '../helpers/engine';
import { fake, ruleById } from '../helpers/fakes';

const IDS = ['github.pat-classic', 'aws.access-key-id', 'private-key.rsa', 'slack.webhook-url', 'generic.password'];
const set = (depth = DEFAULT_DECODE.depth) => buildRuleSet({ definitions: IDS.map(ruleById), allowlistRegexes: [], engine: { ...DEFAULT_ENGINE_OPTIONS, decode: { ...DEFAULT_DECODE, depth } } });
const rules = set();
const GH = fake('github.pat-classic', 'assemble');
const AWS = fake('aws.access-key-id', 'assemble');
const PEM = fake('private-key.rsa', 'assemble');

/** What analyze reports for `text` in a file named `path`: rule, secret, line, column, encoding. */
function scan(text: string, path: string, r = rules) {
  return analyze(frag(text, path), r).map((f) => ({ rule: f.ruleId, secret: f.secret, line: f.line, column: f.column, encoding: f.encoding }));
}

/** `secret` cut in two after its first `n` characters. */
const cut = (secret: string, n: number) => [secret.slice(0, n), secret.slice(n)];

describe('assembly: string concatenation', () => {
  const [head, tail] = cut(GH, 4);
  const cases: Array<[string, string, string, number, number]> = [
    ['JavaScript +', 'a.js', `const t = "${head}" + "${tail}";`, 1, 12],
    ['TypeScript + across lines', 'a.ts', `const t: string =\n  '${head}' +\n  '${tail}';`, 2, 4],
    ['Python +', 'a.py', `t = '${head}' + '${tail}'`, 1, 6],
    ['Python implicit, in parentheses across lines', 'a.py', `T = (\n    "${head}"\n    "${tail}"\n)\n`, 2, 6],
    ['Java + at line ends', 'A.java', `String t = "${head}" +\n    "${tail}";`, 1, 13],
    ['C# verbatim', 'A.cs', `var t = @"${head}" + @"${tail}";`, 1, 11],
    ['Go, raw and interpreted', 'a.go', `t := \`${head}\` + "${tail}"`, 1, 7],
    ['PHP .', 'a.php', `$t = '${head}' . '${tail}';`, 1, 7],
    ['Ruby implicit', 'a.rb', `t = "${head}" "${tail}"`, 1, 6],
    ['Kotlin +', 'a.kt', `val t = "${head}" + "${tail}"`, 1, 10],
    ['Swift + at line start', 'a.swift', `let t = "${head}"\n    + "${tail}"`, 1, 10],
    ['Rust concat!', 'a.rs', `let t = concat!("${head}", "${tail}");`, 1, 18],
    ['shell, touching literals', 'a.sh', `T="${head}"'${tail}'`, 1, 4],
    ["shell, $'…' after a literal", 'a.sh', `T="${head}"$'${tail}'`, 1, 4],
  ];
  it.each(cases)('%s', (_name, path, text, line, column) => {
    expect(scan(text, path)).toEqual([{ rule: 'github.pat-classic', secret: GH, line, column, encoding: ['concat'] }]);
  });

  it('joins an AWS key id cut anywhere', () => {
    for (const n of [1, 4, 10, 19]) {
      const [a, b] = cut(AWS, n);
      expect(scan(`key = '${a}' + '${b}'`, 'a.py')).toEqual([{ rule: 'aws.access-key-id', secret: AWS, line: 1, column: 8, encoding: ['concat'] }]);
    }
  });

  it('keeps the key of an assignment: a password split in two is a password', () => {
    const [found] = scan('db_password = "Kp9#mZ2" + "!qLx7wQ"', 'a.js');
    expect(found).toMatchObject({ rule: 'generic.password', secret: 'Kp9#mZ2!qLx7wQ', encoding: ['concat'] }); // tokenguard:allow (a made-up test value)
  });

  it('joins an array of literals: [...].join("/")', () => {
    const url = fake('slack.webhook-url', 'assemble');
    const parts = url.split('/');
    const text = `const hook = ['${parts.slice(0, 5).join('/')}', '${parts.slice(5).join("', '")}'].join('/');`;
    expect(scan(text, 'hook.js')).toEqual([{ rule: 'slack.webhook-url', secret: url, line: 1, column: 16, encoding: ['concat'] }]);
  });

  it('reports a token written whole once, from the plain scan', () => {
    expect(scan(`t = "${GH}" + "suffix"`, 'a.js')).toEqual([{ rule: 'github.pat-classic', secret: GH, line: 1, column: 6, encoding: undefined }]);
  });

  it('masks the pieces in the context line', () => {
    const [f] = analyze(frag(`const t = "${head}" + "${tail}"; // end`, 'a.js'), rules);
    expect(f.lineText).toBe(`const t = "${head}" + "${tail}"; // end`);
    const masked = f.lineMasks!.some(([s, e]) => s <= 11 && e >= 11 + head.length + 5 + tail.length);
    expect(masked).toBe(true);
    expect(f.encodedText).toBe(`${head}" + "${tail}`);
  });
});

describe('assembly: private keys split across literals', () => {
  const lines = PEM.split('\n');
  const forms: Array<[string, string, string, number]> = [
    ['Java, + at line ends', 'Keys.java', 'static final String KEY =\n' + lines.map((l) => `    "${l}\\n"`).join(' +\n') + ';\n', 2],
    ['Python, implicit in parentheses', 'keys.py', 'KEY = (\n' + lines.map((l) => `    "${l}\\n"`).join('\n') + '\n)\n', 2],
    ['JavaScript, one line, no line breaks', 'keys.js', `const key = ${lines.map((l) => `'${l}'`).join(' + ')};\n`, 1],
    ['C#, \\r\\n line breaks', 'Keys.cs', 'var key = ' + lines.map((l) => `"${l}\\r\\n"`).join(' +\n  ') + ';\n', 1],
    ['C, side by side on their own lines (firmware)', 'secrets.h', 'static const char AWS_IOT_PRIVATE_KEY[] =\n' + lines.map((l) => `"${l}\\n"`).join('\n') + ';\n', 2],
  ];
  it.each(forms)('%s', (_name, path, text, line) => {
    const found = scan(text, path);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'private-key.rsa', line, encoding: ['concat'] });
    expect(found[0].secret.replace(/\s/g, '')).toBe(PEM.replace(/\s/g, ''));
  });
});

describe('assembly: escapes', () => {
  const hex = (c: string) => c.charCodeAt(0).toString(16).padStart(2, '0');
  const cases: Array<[string, string, string, string[]]> = [
    ['\\uXXXX (JS, Java, JSON)', 'a.js', `t = "${[...GH].map((c) => `\\u00${hex(c)}`).join('')}"`, ['unicode-escape']],
    ['\\u{…} (JS, Rust)', 'a.rs', `let t = "\\u{67}${GH.slice(1)}";`, ['unicode-escape']],
    ['\\xXX', 'a.py', `t = "\\x67\\x68\\x70${GH.slice(3)}"`, ['hex-escape']],
    ['\\NNN octal', 'a.c', `const char *t = "\\147\\150\\160${GH.slice(3)}";`, ['octal-escape']],
    ['HTML entities, hex and decimal', 'a.xml', `<token>&#x67;&#104;p${GH.slice(3)}</token>`, ['html-entity']],
    ['a .properties value (no quotes)', 'a.properties', `token=\\u0067hp${GH.slice(3)}`, ['unicode-escape']],
    ['escapes and concatenation together', 'a.js', `t = "\\u0067hp_" + "${GH.slice(4)}"`, ['concat', 'unicode-escape']],
  ];
  it.each(cases)('%s', (_name, path, text, encoding) => {
    expect(scan(text, path)).toEqual([expect.objectContaining({ rule: 'github.pat-classic', secret: GH, line: 1, encoding })]);
  });
});

describe('assembly: what it leaves alone', () => {
  it.each([
    ['ordinary concatenation', 'a.js', 'const s = "Hello, " + name + "!"; const m = "The option " + "is invalid.";'],
    ['two placeholders', 'a.js', 'const token = "YOUR_GITHUB_" + "TOKEN_HERE"; const k = "<your-" + "key>";'],
    ['a placeholder password split in two', 'a.py', 'password = "change" + "me"'],
    ['shell words side by side (two arguments)', 'a.sh', `echo "${GH.slice(0, 4)}" "${GH.slice(4)}"`],
    ['YAML: a quoted key under a quoted value', 'a.yaml', `"a": "${GH.slice(0, 4)}"\n"${GH.slice(4)}": 1\n`],
    ['escapes of control characters', 'a.js', 'const red = "\\u001b[31m"; const re = /[\\u0000-\\u001f]/;'],
  ])('%s', (_name, path, text) => {
    expect(scan(text, path)).toEqual([]);
  });

  it('is off with decoding (--decode-depth 0)', () => {
    expect(scan(`t = "${GH.slice(0, 4)}" + "${GH.slice(4)}"`, 'a.js', set(0))).toEqual([]);
  });
});

describe('assembly: cost', () => {
  /** Tokenizer work for `text`, in bytes stepped over. */
  function cost(text: string, path = 'a.js'): number {
    const before = work.bytes;
    analyze(frag(text, path), rules);
    return work.bytes - before;
  }

  it('finds a token at the end of a very long chain', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => `"line ${i}\\n"`).join(' +\n  ');
    const found = scan(`s = ${chain} + "${GH.slice(0, 4)}" + "${GH.slice(4)}";`, 'a.js');
    expect(found).toEqual([expect.objectContaining({ rule: 'github.pat-classic', secret: GH, line: 20_000, column: 21, encoding: ['concat'] })]);
  });

  it.each([
    ['a long chain', 'a.js', (n: number) => `s = ${'"ab" + '.repeat(n)}"c";`],
    ['a line of escaped, unterminated quotes between joins', 'a.js', (n: number) => `x = ${"'\\'\\'\\' + 'a' + ".repeat(n)}`],
    ['quotes alone (Python: triple quotes, implicit joins)', 'a.py', (n: number) => '"'.repeat(n * 8)],
    ['quotes alone (shell: touching literals)', 'a.sh', (n: number) => `'"`.repeat(n * 4)],
    ['a regex of escapes', 'a.js', (n: number) => `const re = /[${'\\uD83C\\uDF00-\\uD83D'.repeat(n)}]/;`],
    ['escapes in many strings on one line', 'a.js', (n: number) => `a(${'"\\u0041\\x41", '.repeat(n)});`],
    ['operators without literals', 'a.js', (n: number) => `x = ${"' + ".repeat(n)}`],
  ])('stays linear on %s', (_name, path, make) => {
    const n = 2000;
    const one = cost(make(n), path);
    const two = cost(make(2 * n), path);
    expect(one).toBeGreaterThan(0);
    expect(two / one).toBeLessThan(2.3);
  });
});

describe('assembly: arbitrary input', () => {
  const pieces = [
    '"',
    "'",
    '`',
    '\\',
    '+',
    ' . ',
    ' ',
    '\n',
    '\r\n',
    'u',
    'x',
    '{',
    '}',
    '&#',
    ';',
    '1',
    '7',
    'a',
    'F',
    '$',
    '@',
    'r',
    '#',
    '(',
    ')',
    '[',
    '].join(',
    'concat!(',
    ',',
    GH.slice(0, 4),
    GH.slice(4, 20),
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((a) => a.join(''));
  const path = fc.constantFrom('a.js', 'a.py', 'a.sh', 'a.php', 'a.rb', 'a.go', 'a.rs', 'a.cs', 'a.c', 'a.txt');

  it('never throws, and reports spans inside the input at consistent positions', () => {
    fc.assert(
      fc.property(text, path, (t, p) => {
        const bytes = Buffer.from(t);
        for (const f of analyze(frag(bytes, p), rules)) {
          expect(f.startOffset).toBeGreaterThanOrEqual(0);
          expect(f.endOffset).toBeLessThanOrEqual(bytes.length);
          expect(f.startOffset).toBeLessThan(f.endOffset);
          expect(f.line).toBe(bytes.subarray(0, f.startOffset).toString('latin1').split('\n').length);
        }
      }),
      { numRuns: 500 },
    );
  });
});
