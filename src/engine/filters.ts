/**
 * The precision filters a candidate secret passes before it becomes a finding. Each returns the name
 * of the reason it drops a candidate, so they can be counted and tested one at a time. Specific rules
 * (a provider's token format) get the cheap universal checks; generic rules (a secret-like key with
 * some value) must also look like a credential and not like a reference, a hash or an identifier.
 */
import type { CompiledRule } from './compiled-rule';
import { randomPart, shannonEntropy } from './entropy';
import type { Fragment } from './fragment';
import { isExampleSecret } from './known-examples';
import { placeholderReason } from './placeholders';
import { PUBLIC_BY_DESIGN } from './public-keys';
import type { RuleSet } from './ruleset';
import { validatorFor } from './validators';

/** What a filter sees about one candidate. */
export interface FilterInput {
  secret: string;
  /** The whole regex match: for generic rules it holds the key name. */
  match: string;
  /** The character right after the secret ('' at the end). */
  after: string;
  rule: CompiledRule;
  ruleSet: RuleSet;
  fragment: Fragment;
}

/** One filter: the reason it rejects the candidate, or undefined to let it through. */
export type SecretFilter = (c: FilterInput) => string | undefined;

export const entropyFilter: SecretFilter = ({ secret, rule }) => (rule.def.minEntropy !== undefined && shannonEntropy(secret) < rule.def.minEntropy ? 'entropy' : undefined);

export const placeholderFilter: SecretFilter = ({ secret, rule, after }) =>
  // A recovery phrase is words of the BIP-39 list by its validator, and "example" and "public" are on the list.
  rule.def.validate === 'bip39'
    ? undefined
    : // A generic value glued to a template ("pypi-AgEI{{gen:…}}", "key-{{ .Values.x }}") is only its fixed part.
      (placeholderReason(secret, rule.def.prefix, rule.generic) ?? (rule.generic && after === '{' ? 'placeholder' : undefined));

export const exampleKeyFilter: SecretFilter = ({ secret }) => (isExampleSecret(secret) ? 'documented-example' : undefined);

export const stopwordFilter: SecretFilter = ({ secret, rule }) => {
  if (rule.stopwords.length === 0) return undefined;
  const lower = secret.toLowerCase();
  return rule.stopwords.some((w) => lower.includes(w)) ? 'stopword' : undefined;
};

export const validatorFilter: SecretFilter = ({ secret, rule }) => {
  const v = rule.def.validate ? validatorFor(rule.def.validate) : undefined;
  return v && !v(secret) ? 'invalid-structure' : undefined;
};

export const ruleAllowlistFilter: SecretFilter = ({ secret, rule, fragment }) => (rule.allows(secret, fragment.path) ? 'allowlist' : undefined);

export const configAllowlistFilter: SecretFilter = ({ secret, ruleSet }) => (ruleSet.allowsSecret(secret) ? 'allowlist' : undefined);

const SECRET_MANAGER = [
  /^vault:/i,
  /^arn:aws:(secretsmanager|ssm|kms):/i,
  /^\{\{\s*resolve:(secretsmanager|ssm)/i,
  /^projects\/[^/]+\/secrets\//,
  /^@Microsoft\.KeyVault\b/i,
  /^(op|sm|ssm|gcpsm|awssm|azkv|akv|doppler|infisical|bws|keyvault|secretsmanager):\/\//i,
  /^ENC\[/,
  /^!vault/,
  /^\$\{\{\s*(secrets|vars|env)\./,
  /^AQICA/, // a KMS ciphertext blob, not the secret itself
  /^\{[A-Za-z0-9+/]{8,}={0,2}\}$/, // Maven's encrypted password (settings-security.xml holds its key)
];

/** Generic: the value names where the secret lives rather than being it. */
export const secretManagerFilter: SecretFilter = ({ secret, rule }) => (rule.generic && SECRET_MANAGER.some((r) => r.test(secret)) ? 'secret-manager-reference' : undefined);

const HASHY_KEY = /(hash|digest|checksum|sha\d*|md5|fingerprint|etag|integrity|nonce|salt|_?ids?\b|uuid|guid|commit|revision|version|public|cert)/i;
const HASH_VALUE = [/^(sha1|sha256|sha384|sha512)-[A-Za-z0-9+/=]+$/, /^\$(2[abxy]?|argon2(id|i|d)|scrypt|pbkdf2[-_\w]*|6|5|1)\$/, /^h1:[A-Za-z0-9+/=]+$/];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_DIGEST = /^[0-9a-f]{32}$|^[0-9a-f]{40}$|^[0-9a-f]{64}$|^[0-9a-f]{128}$/i;

/** The key part of a generic match: everything before the value. */
function keyOf(match: string, secret: string): string {
  const i = match.lastIndexOf(secret);
  return i >= 0 ? match.slice(0, i) : match;
}

/** The key part when the match is an assignment (key = value), not a URL's user:password. */
function assignedKey(match: string, secret: string): string | undefined {
  const key = keyOf(match, secret);
  return key.includes('://') ? undefined : key;
}

/** Generic: hashes and identifiers (integrity hashes, password hashes, digests or UUIDs under a hash/id key). */
export const hashIdFilter: SecretFilter = ({ secret, match, rule }) => {
  if (!rule.generic) return undefined;
  if (HASH_VALUE.some((r) => r.test(secret))) return 'hash-or-id';
  const key = assignedKey(match, secret);
  // The words right before the value name it: a rule whose match spans a sentence (a chat message's
  // `API ID 0024… / token a068…`) must not take an earlier "ID" for the value's.
  // A line break, real or escaped inside a string (a chat export's `key id …\nsecret v`), starts another name.
  const own = key
    ?.slice(-40)
    .split(/\r?\n|\\n/)
    .pop();
  if (own !== undefined && (UUID.test(secret) || HEX_DIGEST.test(secret)) && HASHY_KEY.test(own) && !namedAfterPair(own)) return 'hash-or-id';
  return undefined;
};

/** A credential word right before the value, after an earlier pair's value: `client_id 30568-… secret v` (the id is the earlier pair's). */
function namedAfterPair(own: string): boolean {
  const words = own.split(/[\s,;|/]+/).filter(Boolean);
  const last = words.pop()?.replace(/[:=]+$/, '');
  const before = words.pop();
  return !!last && !!before && /^(?:secret|token|key|password|passwd|pass|pw)$/i.test(last) && !HASHY_KEY.test(before);
}

/** config.auth.token, this.secret: an attribute chain. */
const ATTRIBUTE_CHAIN = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)+(\(\))?$/;
const CODE_REFERENCE = [
  ATTRIBUTE_CHAIN,
  /^[A-Za-z_$][\w$]*\(.*\)?$/, // getToken(
  /^\$[A-Za-z_{(]/, // $TOKEN, ${TOKEN}, $(cat …)
  // %TOKEN%, %env.X%, %{X}, %(x)s, printf's %s; not a password that starts with a percent escape (`%DCQ5…`)
  // or with a verb-like pair among symbols no format string puts after a verb (`%v*4#gyc!O…`).
  /^%[A-Za-z_][\w.:-]*%|^%[{(]|^%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?[sdifuxXoqv](?:$|[^A-Za-z0-9*#!^&+=~])/,
  /^(process\.env|os\.environ|env\.|ENV\[|System\.getenv|getenv)/,
  /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/, // SOME_ENV_NAME
  /^[a-z]+([A-Z][a-z]+)+$/, // camelCaseIdentifier
  /^(true|false|null|none|nil|undefined|required|optional|string|bool|int)$/i,
  /^[A-Za-z_][\w.-]*:$/, // the next key of a YAML mapping, not a value
  /^[A-Z]?[a-z]+(?:[A-Z][a-z]+)+\d{0,2}$/, // camelCase or PascalCase identifier: contextToken2, EndOfFileToken
  /::|^:/, // C++/Rust/Ruby paths: v8::Private::ForApi
  /^![A-Za-z_$][\w$]*$/, // !negatedIdentifier
  /\[[^\]]*\]/, // an index expression: tokens[kNumTokens]
  /^\p{Lu}?\p{Ll}+$/u, // one natural-language word: "Unsupported", "Neočekávaný"
];

/** snake_case identifiers: `api_key_header`, `retry_after_2s`. */
const SNAKE_CASE = /^[a-z]{2,}(?:_[a-z0-9]{2,})+$|^[a-z]+(_[a-z]+)+$/;
/**
 * A part no identifier has: 16 or more lower-case letters and digits mixed, as a token's random body
 * after its prefix (ntfy's `tk_` and 29 more); identifiers' parts are words and short numbers.
 */
const TOKEN_PART = /(?:^|_)(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{16,}(?:_|$)/;

/** Generic: a filesystem path, not a credential (PWD: /Users/me, SECRET_DIR=/keystore/x). */
export const pathLikeFilter: SecretFilter = ({ secret, rule }) => (rule.generic && /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)[\w./\\-]*$/.test(secret) ? 'path-like' : undefined);

const NOT_SECRET_KEY =
  /(file|path|dir|directory|name|url|uri|ref|arn|ids?|type|length|size|ttl|expiry|expires|expiration|timeout|version|prefix|suffix|header|field|env|var|count|enabled|policy|format|mode|endpoint|host|port|user|username|location|provider|label|hint|rotation|scope|scopes|algorithm|alg|store|manager)$/i;

/** Generic: the key names something about a secret (its file, name, URL, type, lifetime), not the secret. */
export const keyNameFilter: SecretFilter = ({ secret, match, rule }) => {
  // A session cookie's name (PHPSESSID, sessionid) ends like an identifier's, and is what makes its value
  // a credential: the rules of rules/generic/session-cookies.yaml (by id; tags are not in the scan bundle).
  if (!rule.generic || rule.id.startsWith('session.')) return undefined;
  const key = assignedKey(match, secret);
  if (key === undefined) return undefined;
  // The key's last 256 characters: the test reads the end of its identifier, and this regex (V8's, not
  // RE2) retries from every start of a long run that fails at its end, quadratic in a hostile key's length.
  const ident = /([A-Za-z0-9_.-]+)["'`]?\s*(?::=|=>|=|:|>|\s)?\s*["'`]?$/.exec(key.trimEnd().slice(-256))?.[1] ?? '';
  // F5's tmsh calls the SNMP community string itself `community-name`.
  if (/community-name$/i.test(ident)) return undefined;
  return NOT_SECRET_KEY.test(ident.replace(/[_.-]+$/, '')) ? 'key-not-secret' : undefined;
};

/** Generic: the value is code or a variable, not a literal secret. */
export const codeReferenceFilter: SecretFilter = ({ secret, match, rule, after }) => {
  if (!rule.generic) return undefined;
  // An identifier followed by "(" or "[" is a call or an index: token = makeToken(...)
  if ((after === '(' || after === '[') && /^[A-Za-z_$][\w$.]*$/.test(secret)) return 'code-reference';
  if (SNAKE_CASE.test(secret)) return TOKEN_PART.test(secret) ? undefined : 'code-reference';
  // A dotted value with a random part (`izpULQvL0EjmxjMWvduQ.OXm7yKhxEka`, an impact.com token) is no attribute chain.
  if (secret.includes('.') && secret.split('.').some(randomPart)) return undefined;
  // A URL's password (after `user:`, before `@host`) sits inside a literal: dots there are typed (`Name.Word9`), not an attribute chain.
  const inUrl = after === '@' && match.includes('://');
  return CODE_REFERENCE.some((r) => !(inUrl && r === ATTRIBUTE_CHAIN) && r.test(secret)) ? 'code-reference' : undefined;
};

/** Number of character classes (lower, upper, digit, other) in a value. */
export function characterClasses(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(value)).length;
}

/** Generic: a credential mixes character classes; words and identifiers do not. */
export const diversityFilter: SecretFilter = ({ secret, rule }) => {
  if (!rule.generic) return undefined;
  const classes = characterClasses(secret);
  const hasDigitOrUpper = /[0-9A-Z]/.test(secret);
  return classes >= 2 && (hasDigitOrUpper || secret.length >= 20) ? undefined : 'low-diversity';
};

const PUBLIC_MATERIAL = /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-|-----BEGIN (PUBLIC KEY|CERTIFICATE|RSA PUBLIC KEY|PGP PUBLIC))/;

/** Generic: public keys, certificates and keys documented as client-side are not secrets. */
export const publicMaterialFilter: SecretFilter = ({ secret, match, rule }) => {
  if (!rule.generic) return undefined;
  return PUBLIC_MATERIAL.test(secret) || PUBLIC_BY_DESIGN.test(secret) || /\b(public|pub)[_.-]?key|certificate/i.test(assignedKey(match, secret) ?? '') ? 'public-material' : undefined;
};

/**
 * Code, not a value: a call cut at its arguments (`convert_to_secret_str(`), a type with its parameter
 * (`Optional[SecretStr]`) or a literal ending an argument (`psk=None, psk_mode=None`), as a rule whose
 * value is any run of characters reads a declaration's type or a call. No token or password is written so.
 */
export const codeShapeFilter: SecretFilter = ({ secret }) =>
  /^[A-Za-z_$][\w$.]*\($|^[A-Za-z_$][\w$.]{2,}\[[A-Za-z_$][\w$.]{2,}\]$|^(?:None|null|nil|NULL|undefined|true|false|True|False)\s*[,)]/.test(secret) ? 'code-reference' : undefined;

/** The chain, cheapest and most decisive first. */
export const FILTERS: SecretFilter[] = [
  entropyFilter,
  placeholderFilter,
  exampleKeyFilter,
  stopwordFilter,
  validatorFilter,
  secretManagerFilter,
  hashIdFilter,
  keyNameFilter,
  pathLikeFilter,
  codeReferenceFilter,
  codeShapeFilter,
  diversityFilter,
  publicMaterialFilter,
  ruleAllowlistFilter,
  configAllowlistFilter,
];

/** The filters every rule gets, the generic extractor included (it judges values itself). */
export const UNIVERSAL_FILTERS: SecretFilter[] = [exampleKeyFilter, stopwordFilter, codeShapeFilter, ruleAllowlistFilter, configAllowlistFilter];

/** The first reason a universal filter gives to drop the candidate. */
export function universalRejectReason(c: FilterInput): string | undefined {
  for (const f of UNIVERSAL_FILTERS) {
    const reason = f(c);
    if (reason) return reason;
  }
  return undefined;
}

/** The first reason any filter gives to drop the candidate. */
export function rejectReason(c: FilterInput): string | undefined {
  for (const f of FILTERS) {
    const reason = f(c);
    if (reason) return reason;
  }
  return undefined;
}
