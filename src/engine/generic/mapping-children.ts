/**
 * The entries of a mapping named for credentials in the plural (`api_keys:` in YAML, `"tokens": {` in
 * JSON, `ROUTING_KEYS = {` in Python or JavaScript, `'passwords' => [` in PHP): each entry's name is
 * an owner (a client, a customer, a user) and its value that owner's credential. An entry is judged as
 * the pair `<the mapping's name in the singular> <name>` (`api_key bloomcart`), so the extractor's
 * judgement applies as for any pair, and an entry that says what it is about (`header_name`, `file`)
 * names no credential.
 */
import RE2 from 're2';
import { lastNewline, nextNewline } from '../regions';
import type { ColumnPair } from './columns';
import { judgeKey } from './keys';
import { indentOf } from './parent';

/** A line that opens a mapping: its key, then `:`, `=` or `=>`, and nothing but `{`, `[` or a comment. */
const OPENER = new RE2(
  '^[ \\t]*(?:(?:export|const|let|var|final|static|private|public|val|readonly)[ \\t]+)*["\']?([A-Za-z_][\\w.-]{0,63})["\']?[ \\t]*(?::|=>|=)[ \\t]*(?:\\{|\\[|(?:new[ \\t]+)?(?:dict|Map|HashMap)\\(\\{?)?[ \\t]*(?:(?:#|//).*)?\\r?$',
  '',
);
/** An entry: a name, then a quoted value or a bare one (YAML), and at most a comma and a comment. */
const ENTRY = new RE2('^[ \\t]*["\']?([\\w.@-]{1,64})["\']?[ \\t]*(?::|=>|=)[ \\t]*(?:"([^"\\n]{8,256})"|\'([^\'\\n]{8,256})\'|([^\\s"\'#,{}\\[\\]]{8,256}))[ \\t]*,?[ \\t]*(?:(?:#|//).*)?\\r?$', 'd');
/** Plural credential words a mapping's name ends in. */
const PLURAL = /(?:keys|tokens|secrets|passwords|passwds|credentials|apikeys)$/i;
/** Entries read under one mapping, and bytes looked at for them. */
const MOST_ENTRIES = 64;
const MOST_BYTES = 16 * 1024;

/**
 * The line ends in `:`, `{`, `[` or `(`: most lines with a keyword do not, and skip the regex. (An
 * opener with a comment after it is left out: looking for comments on every keyword line of Python
 * code, where `#` and a closing `:` are everywhere, cost 4% of a scan of wheels.)
 */
function opens(bytes: Buffer, ls: number, le: number): boolean {
  let last = le - 1;
  while (last > ls && (bytes[last] === 32 || bytes[last] === 9 || bytes[last] === 13)) last--;
  const c = bytes[last];
  return c === 58 || c === 123 || c === 91 || c === 40;
}

/** The line names credentials in the plural somewhere (checked on its bytes before a string is made). */
const PLURAL_BYTES = /keys|tokens|secrets|passwords|passwds|credentials|registered_?users/i;

/** The mapping's name in the singular when it names credentials (`api_keys` -> `api_key`), and whether it does so loosely (`routing_keys`), else undefined. */
function singularOf(name: string): { one: string; loose: boolean } | undefined {
  // Orthanc's `"RegisteredUsers": { "user": "password" }` keeps HTTP users' passwords in plain text.
  if (/registered_?users$/i.test(name)) return { one: 'password', loose: false };
  if (!PLURAL.test(name)) return undefined;
  const one = name.replace(/s$/i, '');
  const strength = judgeKey(one).strength;
  return strength >= 2 ? { one, loose: strength < 3 } : undefined;
}

/**
 * Values an entry may hold: no regex alternation or escape (a lexer's `tokens = { string: '"(?:…' }`),
 * no dotted path (transformers' `_tied_weights_keys = { "encoder.….weight": "shared.weight" }`); under a
 * loosely named mapping, only a token's characters.
 */
const NOT_A_VALUE = /[|\\]|^[\w-]+(?:\.[\w-]+)+$/;
const TOKEN = /^[A-Za-z0-9+/=_-]+$/;
/**
 * An entry naming a field of one credential, not an owner: Cloud Foundry's `credentials: {` of a service
 * binding holds the secret beside its ids and addresses (`clientid`, `tenantid`, `xsappname`, `sburl`), and
 * a cipher's key beside its IV (`decrypt_iv`), which travels in the clear.
 */
const FIELD =
  /^(?:[\w.-]*[_.-])?(?:client|tenant|account|subaccount|zone|identityzone|app|xsapp|project|org|space|instance|service|key)[_-]?(?:id|name)$|(?:url|uri|domain|endpoint|region|zone)$|[_.-](?:iv|nonce)$/i;

/** An entry whose own name names a credential and judges it no secret (`veriff_api_key`, a public half): the mapping's name does not overrule it. */
function saysPublic(name: string): boolean {
  return /key|token|secret/i.test(name) && judgeKey(name).strength === 0;
}

/** The entries of the credential-named mappings opened on the lines holding `positions`. */
export function mappingChildPairs(bytes: Buffer, positions: number[]): ColumnPair[] {
  const out: ColumnPair[] = [];
  let done = -1;
  // Positions come in no promised order (one rule's keywords after another's).
  for (const p of [...positions].sort((a, b) => a - b)) {
    if (p <= done) continue;
    const ls = lastNewline(bytes, Math.max(0, p - 512), p) + 1 || Math.max(0, p - 512);
    let le = nextNewline(bytes, p, Math.min(bytes.length, p + 512));
    if (le < 0) le = Math.min(bytes.length, p + 512);
    done = le;
    if (!opens(bytes, ls, le)) continue;
    const line = bytes.toString('latin1', ls, le);
    if (!PLURAL_BYTES.test(line)) continue;
    const m = OPENER.exec(line);
    const named = m && singularOf(m[1]);
    if (!named) continue;
    readEntries(bytes, le + 1, indentOf(bytes, ls, le), named, out);
  }
  return out;
}

/** Reads the entries below an opener indented `indent`, up to the first line indented no deeper. */
function readEntries(bytes: Buffer, from: number, indent: number, { one, loose }: { one: string; loose: boolean }, out: ColumnPair[]): void {
  const end = Math.min(bytes.length, from + MOST_BYTES);
  let entries = 0;
  for (let ls = from; ls < end && entries < MOST_ENTRIES; ) {
    let le = nextNewline(bytes, ls, end);
    if (le < 0) le = end;
    const own = indentOf(bytes, ls, le);
    const blank = own < 0 || bytes[ls + own] === 13;
    if (!blank && own <= indent) return;
    if (!blank) {
      const m = ENTRY.exec(bytes.toString('latin1', ls, le)) as unknown as { indices: Array<[number, number] | undefined> } | null;
      const g = m ? [2, 3, 4].find((i) => m.indices[i] !== undefined) : undefined;
      if (m && g !== undefined) {
        const [vs, ve] = m.indices[g]!;
        const [ks, ke] = m.indices[1]!;
        const name = bytes.toString('utf8', ls + ks, ls + ke);
        const value = bytes.toString('utf8', ls + vs, ls + ve);
        if (NOT_A_VALUE.test(value) || (loose && !TOKEN.test(value)) || FIELD.test(name) || saysPublic(name)) {
          ls = le + 1;
          continue;
        }
        out.push({
          key: `${one} ${name}`,
          value: bytes.toString('utf8', ls + vs, ls + ve),
          start: ls + vs,
          end: ls + ve,
          quoted: g !== 4,
          expression: false,
          inString: false,
          quotedKey: false,
          ls,
          le,
        });
        entries++;
      }
    }
    ls = le + 1;
  }
}
