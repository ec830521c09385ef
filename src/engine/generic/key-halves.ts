/**
 * The public half of a key and secret pair. Many APIs issue a key that names the credential and a secret
 * that signs or authenticates with it (`KRAKEN_API_KEY` and `KRAKEN_API_SECRET`, LiveKit's, Confluent's,
 * Fivetran's, Revel's `ApiKey` and `ApiSecret`): the key alone opens nothing, and reviewers call it an
 * identifier. Seen beside its secret, it is reported at `info`, below the default severity.
 */
import { keyWordsOf } from './keys';

/** A judged pair's key, where its value starts (byte offset in the fragment), its length and its line's start. */
export interface KeyAt {
  key: string;
  start: number;
  length: number;
  line: number;
}

/** How far from the key its secret half may be, in bytes: the same block of a config or a few lines of code. */
const REACH = 512;
/** The words that end a key naming the public half. */
const KEY_WORDS = new Set(['key', 'apikey', 'appkey']);
/** Words that make a key the secret half already (`SECRET_KEY`, `PRIVATE_KEY`) or a credential of its own. */
const OWN_SECRET = new Set(['secret', 'private', 'signing', 'master', 'hmac', 'webhook', 'encryption', 'session', 'admin', 'access']);

/** The names, as words joined by spaces, that the secret half of `words` may take. */
function secretNames(words: string[]): string[] {
  const stem = words.slice(0, -1);
  const last = words[words.length - 1];
  const out = [
    [...stem, 'secret'],
    [...stem, 'secret', 'key'],
    [...stem, 'private', 'key'],
  ];
  if (last === 'apikey') out.push([...stem, 'apisecret'], [...stem, 'api', 'secret']);
  if (last === 'appkey') out.push([...stem, 'appsecret'], [...stem, 'app', 'secret']);
  return out.map((w) => w.join(' '));
}

/** The judged pairs of a fragment by their key's words (joined by spaces): each key is split once. */
export type PairsByName = Map<string, KeyAt[]>;

/** Indexes `pairs` by name, for hasSecretHalf. */
export function byName(pairs: readonly KeyAt[]): PairsByName {
  const out: PairsByName = new Map();
  for (const p of pairs) {
    const name = keyWordsOf(p.key).join(' ');
    const list = out.get(name);
    if (list) list.push(p);
    else out.set(name, [p]);
  }
  return out;
}

/**
 * Whether the pair `at` names a key whose secret half is among `pairs` (the pairs of lines, not of a
 * table's rows, whose cells are one record's, each a credential of its own): within REACH, on another
 * line, and longer than the key, as secrets that sign are (Confluent's 16-character key and 64-character
 * secret; DHL's secret is the shorter half).
 */
export function hasSecretHalf(at: KeyAt, pairs: PairsByName): boolean {
  const words = keyWordsOf(at.key);
  if (words.length === 0 || !KEY_WORDS.has(words[words.length - 1]) || words.some((w) => OWN_SECRET.has(w))) return false;
  const distance = (a: KeyAt, b: KeyAt) => Math.abs(a.start - b.start);
  const sameName = pairs.get(words.join(' ')) ?? [];
  // The secret half is this key's, not a neighbouring block's: no other key of this name is nearer to it.
  const own = (p: KeyAt) => !sameName.some((q) => q !== at && distance(q, p) < distance(at, p));
  return secretNames(words).some((name) => (pairs.get(name) ?? []).some((p) => p.line !== at.line && distance(p, at) <= REACH && p.length > at.length && own(p)));
}
