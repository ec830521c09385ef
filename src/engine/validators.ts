/** Structural checks a rule can ask for (`validate:`), for formats a regex cannot judge alone. */
import type { ValidatorName } from '../generated/rule-file';
import { isBase58Check } from './base58';
import { classChanges } from './entropy';
import { BIP39_ENGLISH } from './bip39-words';
import { placeholderReason } from './placeholders';

/** A JWT's decoded header and claims, or undefined when it is not three parts whose first two decode as JSON. */
function decodeJwt(token: string): { header: { alg?: unknown }; payload: { role?: unknown } | null; signed: boolean } | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as { alg?: unknown };
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as { role?: unknown } | null;
    return { header, payload, signed: parts[2].length > 0 };
  } catch {
    return undefined;
  }
}

/** Supabase's anon key: a JWT whose role claim is `anon`, published to browsers by design (row-level security applies); jwt() below passes over it too. */
export function anonJwt(token: string): boolean {
  return token.startsWith('eyJ') && decodeJwt(token)?.payload?.role === 'anon';
}

/** A JWT is a credential only when it is signed: a decodable header whose alg is not "none", and a signature. */
function jwt(token: string): boolean {
  const decoded = decodeJwt(token);
  if (!decoded?.signed || decoded.header === null || decoded.payload?.role === 'anon') return false;
  const { alg } = decoded.header;
  // NATS's operator, account and user JWTs (alg ed25519-nkey) are public claims: the nkey seed beside a
  // user JWT is the secret (https://docs.nats.io/running-a-nats-service/configuration/securing_nats/jwt).
  if (alg === 'ed25519-nkey') return false;
  return typeof alg === 'string' && alg.toLowerCase() !== 'none';
}

/**
 * HTTP Basic credentials: base64 of "user:password" with a non-empty password. The user may be empty
 * when the password is a token of 20 characters or more: Azure DevOps takes a PAT as ":PAT". The
 * password may be empty or a filler when the user is the token: Greenhouse, Lever, Ashby and Checkr
 * take the API key as the user with no password, BambooHR and Freshdesk with `x`, Toggl with `api_token`.
 */
function basicAuth(value: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) return false;
  const text = Buffer.from(value, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon < 0 || (colon === 0 && text.length < 21) || /[\x00-\x1f\ufffd]/.test(text)) return false;
  const password = text.slice(colon + 1);
  if (FILLER_PASSWORD.test(password)) return tokenUser(text.slice(0, colon));
  // A setup guide's `your-client-id:your-client-secret`, encoded as the header wants it, is no credential.
  if (placeholderReason(password, undefined, true)) return false;
  return !/^(password|pass|secret|changeme|x+|\*+)$/i.test(password) && !/^\$\{?[A-Z_]/.test(password);
}

/** A Basic password that stands for none, beside a key given as the user name. */
const FILLER_PASSWORD = /^(?:x+|api_token)?$/i;

/** A user name that is an API key: 20 or more token characters, letters and digits, no placeholder. */
function tokenUser(user: string): boolean {
  return user.length >= 20 && /^[A-Za-z0-9_.-]+$/.test(user) && /[0-9]/.test(user) && /[A-Za-z]/.test(user) && !placeholderReason(user, undefined, true);
}

/**
 * A password a person chose, told apart from the words around it in prose: upper and lower case
 * letters, a digit and a symbol (`Summer2024!`, `Tulip$2024`); no word of running text has all four.
 * Or one a generator drew without symbols (`0qbW45NyuN`, as portals reset API passwords): see drawnPassword.
 */
function mixedPassword(value: string): boolean {
  return (/[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9]/.test(value) && /[^A-Za-z0-9]/.test(value)) || drawnPassword(value);
}

/**
 * Eight or more letters and digits drawn at random: two or more each of upper case, lower case and
 * digits, the kind of character changing at least once in two (`0qbW45NyuN` six times in ten;
 * `WelcomeHome2024` four times in fifteen, `iPhone15Pro` five in eleven).
 */
function drawnPassword(value: string): boolean {
  if (value.length < 8 || !/^[A-Za-z0-9]+$/.test(value)) return false;
  const count = (re: RegExp) => value.match(re)?.length ?? 0;
  if (count(/[A-Z]/g) < 2 || count(/[a-z]/g) < 2 || count(/[0-9]/g) < 2) return false;
  return classChanges(value) * 2 >= value.length;
}

/**
 * A generated token, told apart from the identifiers and words around it in a message: 16 characters or more, two or more each
 * of upper and lower case letters and digits, and the kind of character changing at least once in three
 * (a random base62 token changes about twice in three; `getUserSettings2024` and `AKIAEXAMPLEKEY` rarely).
 */
function randomToken(value: string): boolean {
  // Separators are left out: `NODE_NAME=build-agent-03` is three words, not a token.
  const kinds = value
    .replace(/[^A-Za-z0-9]/g, '')
    .replace(/[A-Z]/g, 'A')
    .replace(/[a-z]/g, 'a')
    .replace(/[0-9]/g, '0');
  const count = (k: string) => kinds.split(k).length - 1;
  // Shorter runs are names and codes (`AbC12d`); generated tokens are longer.
  if (value.length < 16 || count('A') < 2 || count('a') < 2 || count('0') < 2) return false;
  return classChanges(kinds) * 3 >= kinds.length;
}

/** Mnemonic lengths BIP-39 defines: 128 to 256 bits of entropy, in steps of 32, and their checksum. */
const MNEMONIC_WORDS = new Set([12, 15, 18, 21, 24]);

/**
 * A BIP-39 mnemonic: 12, 15, 18, 21 or 24 words, every one from the English word list. The checksum is
 * not checked: with one word mistyped, the other words still give the wallet away (2,048 tries find it).
 */
function bip39(value: string): boolean {
  const words = value.trim().split(/\s+/);
  return MNEMONIC_WORDS.has(words.length) && words.every((w) => BIP39_ENGLISH.has(w));
}

/**
 * A BitLocker recovery password: eight groups of six digits, each group a multiple of 11 below 720,896
 * (it encodes 16 bits of the 128-bit key times 11), which random digit groups pass one time in 11 each.
 */
function bitlockerRecovery(value: string): boolean {
  const groups = value.split('-');
  return groups.length === 8 && groups.every((g) => /^\d{6}$/.test(g) && Number(g) % 11 === 0 && Number(g) < 720896);
}

// Keyed by the schema's list of names (`validate:`): a name without a check here does not compile.
const VALIDATORS: Record<ValidatorName, (secret: string) => boolean> = {
  jwt,
  'basic-auth': basicAuth,
  'mixed-password': mixedPassword,
  'random-token': randomToken,
  bip39,
  base58check: isBase58Check,
  'bitlocker-recovery': bitlockerRecovery,
};

/** The names with a check, for the test that they are the schema's. */
export const VALIDATOR_NAMES = Object.keys(VALIDATORS);

/** The check a rule's `validate:` names, or undefined for an unknown name. */
export function validatorFor(name: string): ((secret: string) => boolean) | undefined {
  return Object.hasOwn(VALIDATORS, name) ? VALIDATORS[name as ValidatorName] : undefined;
}
