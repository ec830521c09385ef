/**
 * Fake secrets, generated at run time from a rule's own format, so no realistic token is ever
 * committed. Rule examples are templates: `{{secret}}` is the rule's fake, `{{gen:/RE/}}` a string
 * drawn from RE, and a few named helpers build structured values (JWTs, PEM blocks).
 */
import { createHash } from 'node:crypto';
import { complement, firstCaptureGroup, parseRegex, RegexNode } from '../engine/regex-syntax';
import { base58CheckEncode } from '../engine/base58';
import { applyChecksum } from '../engine/checksum';

// Bound once: drawing a fake calls these per character, and a global lookup is slow in a vm context
// (jest's sandbox, where the test suites draw tens of thousands of fakes).
const { floor, imul, min } = Math;
const fromCodePoint = String.fromCodePoint;

/** A deterministic pseudo-random source; the same seed yields the same fakes on every run. */
export class Prng {
  private state: number;
  constructor(seed: string) {
    this.state = createHash('sha256').update(seed).digest().readUInt32LE(0) || 1;
  }
  /** A float in [0, 1). */
  next(): number {
    // mulberry32: tiny and good enough for test data.
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return floor(this.next() * n);
  }
  pick<T>(items: ArrayLike<T>): T {
    return items[this.int(items.length)];
  }
  string(alphabet: string, length: number): string {
    let s = '';
    for (let i = 0; i < length; i++) s += alphabet[this.int(alphabet.length)];
    return s;
  }
}

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const isAlnum = (cp: number) => (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);

/** Draws one string that the parsed pattern matches. */
export function generateFromNode(node: RegexNode, rng: Prng): string {
  switch (node.t) {
    case 'lit':
      return node.ch;
    case 'any':
      return rng.pick(ALNUM);
    case 'assert':
      return '';
    case 'class':
      return fromCodePoint(pickFromClass(node.neg ? complement(node.ranges) : node.ranges, rng));
    case 'seq':
      return node.items.map((n) => generateFromNode(n, rng)).join('');
    case 'alt':
      return generateFromNode(rng.pick(node.options), rng);
    case 'group':
      return generateFromNode(node.body, rng);
    case 'repeat': {
      const span = node.max === Infinity ? 8 : min(node.max - node.min, 64);
      const count = node.min + rng.int(span + 1);
      let s = '';
      for (let i = 0; i < count; i++) s += generateFromNode(node.body, rng);
      return s;
    }
  }
}

/** Letters and digits when the class allows them: fakes then pass entropy checks and never look like placeholders. */
function pickFromClass(ranges: Array<[number, number]>, rng: Prng): number {
  const members: number[] = [];
  for (const [lo, hi] of ranges) for (let cp = lo, last = min(hi, lo + 4096); cp <= last; cp++) members.push(cp);
  const alnum = members.filter(isAlnum);
  if (alnum.length > 0) return rng.pick(alnum);
  const printable = members.filter((cp) => cp > 32 && cp < 127);
  return rng.pick(printable.length > 0 ? printable : members);
}

/** Draws a string from an RE2 pattern. */
export function generateFromPattern(pattern: string, rng: Prng): string {
  return generateFromNode(parseRegex(pattern), rng);
}

/** The minimal shape fake generation needs from a rule. */
export interface FakeSource {
  id: string;
  regex?: string;
  fake?: string;
  checksum?: string;
}

/** A fake secret for `rule`: its `fake` template, or a draw from its capture group, with any checksum fixed up. */
export function fakeSecret(rule: FakeSource, rng: Prng): string {
  let secret: string;
  if (rule.fake) {
    secret = expandTemplate(rule.fake, rng, undefined);
  } else {
    if (!rule.regex) throw new Error(`rule ${rule.id} has no regex to draw a fake from; give it a "fake" template`);
    const group = firstCaptureGroup(parseRegex(rule.regex));
    if (!group) throw new Error(`rule ${rule.id} has no capture group`);
    secret = generateFromNode(group, rng);
  }
  return rule.checksum ? applyChecksum(rule.checksum, secret) : secret;
}

const HELPERS: Record<string, (arg: string, rng: Prng) => string> = {
  jwt: (_arg, rng) => fakeJwt(rng),
  pem: (arg, rng) => fakePem(arg || 'PRIVATE KEY', rng),
  hex: (arg, rng) => rng.string('0123456789abcdef', Number(arg) || 32),
  alnum: (arg, rng) => rng.string(ALNUM, Number(arg) || 32),
  // {{b58check:VERSION:N[:SUFFIX]}}: Base58Check of the version bytes, N random bytes and the suffix (hex), as
  // Bitcoin's WIF (80, 32, 01) and BIP-32 keys (0488ade4, 74) are built: a random string fails their checksum.
  b58check: (arg, rng) => {
    const [version, n, suffix = ''] = arg.split(':');
    return base58CheckEncode(Buffer.from(version + rng.string('0123456789abcdef', 2 * Number(n)) + suffix, 'hex'));
  },
  // Eight groups of six digits, each 11 times a 16-bit number: a BitLocker recovery password's shape and check.
  bitlocker: (_arg, rng) => Array.from({ length: 8 }, () => String(11 * rng.int(65536)).padStart(6, '0')).join('-'),
  uuid: (_arg, rng) => {
    const h = rng.string('0123456789abcdef', 32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
  },
};

/**
 * Expands `{{secret}}`, `{{gen:/RE/}}`, `{{NAME}}` and `{{NAME:ARG}}` placeholders.
 * `{{b64:...}}`, `{{url:...}}` and `{{hexenc:...}}` encode their expanded contents.
 */
export function expandTemplate(text: string, rng: Prng, secret: string | undefined): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open < 0) break;
    out += text.slice(i, open);
    // Only `{{name}}` or `{{name:…}}` is a placeholder; `{{ .Values.x }}` and `${{ secrets.X }}` stay literal.
    if (!/^[a-z0-9]+(?:\}\}|:)/.test(text.slice(open + 2, open + 40))) {
      out += '{{';
      i = open + 2;
      continue;
    }
    const [value, next] = expandOne(text, open + 2, rng, secret);
    out += value;
    i = next;
  }
  return out + text.slice(i);
}

function expandOne(text: string, start: number, rng: Prng, secret: string | undefined): [string, number] {
  const nameMatch = /^[a-z0-9]+/.exec(text.slice(start));
  const name = nameMatch ? nameMatch[0] : '';
  let pos = start + name.length;
  if (name === 'gen' && text.startsWith(':/', pos)) {
    const end = text.indexOf('/}}', pos + 2);
    if (end < 0) throw new Error('unterminated {{gen:/.../}}');
    return [generateFromPattern(text.slice(pos + 2, end), rng), end + 3];
  }
  if (['b64', 'url', 'hexenc'].includes(name) && text[pos] === ':') {
    const end = matchingClose(text, pos + 1);
    const inner = expandTemplate(text.slice(pos + 1, end), rng, secret);
    return [encode(name, inner), end + 2];
  }
  const end = text.indexOf('}}', pos);
  if (end < 0) throw new Error(`unterminated {{${name}`);
  const arg = text[pos] === ':' ? text.slice(pos + 1, end) : '';
  pos = end + 2;
  if (name === 'secret') {
    if (secret === undefined) throw new Error('{{secret}} used where no secret is defined');
    return [secret, pos];
  }
  const helper = HELPERS[name];
  if (!helper) throw new Error(`unknown template helper {{${name}}}`);
  return [helper(arg, rng), pos];
}

/** Index of the `}}` that closes a nested `{{...` opened just before `from`. */
function matchingClose(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length - 1; i++) {
    if (text.startsWith('{{', i)) {
      depth++;
      i++;
    } else if (text.startsWith('}}', i)) {
      if (--depth === 0) return i;
      i++;
    }
  }
  throw new Error('unterminated encoding helper');
}

function encode(kind: string, value: string): string {
  if (kind === 'b64') return Buffer.from(value).toString('base64');
  if (kind === 'hexenc') return Buffer.from(value).toString('hex');
  return [...Buffer.from(value)].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
}

function b64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

/** A structurally valid HS256 JWT with a random subject and signature. */
export function fakeJwt(rng: Prng): string {
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = b64url(JSON.stringify({ sub: rng.string(ALNUM, 12), iat: 1700000000 + rng.int(1e7) }));
  const sig = b64url(Buffer.from(rng.string(ALNUM, 32)));
  return `${header}.${payload}.${sig}`;
}

/** A PEM block of the given label with a random base64 body. */
export function fakePem(label: string, rng: Prng): string {
  const body = Buffer.from(rng.string(ALNUM, 600)).toString('base64');
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}
