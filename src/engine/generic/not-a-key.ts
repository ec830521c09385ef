/**
 * What makes a match of the extractor's patterns no key/value pair at all: a key inside a template or an
 * alias, a name joined by a scope operator, a comparison, a call that reads or transforms a credential
 * instead of setting one, a compiler's pass, a resource name.
 */
import { insideString } from './literal';

/** Constructors named for a credential (`Credentials("user", "v")`, `Auth("user", "v")`) take a user name first, not the secret. */
export const NOT_A_SETTER = /(credentials?|creds?|auth|authentication)$/i;
/** Calls that read, check or transform a credential rather than set one (`get_password("x")`, `tex_token("…")`). */
export const NOT_A_SETTER_VERB = /^(?:get|fetch|read|load|find|has|is|check|verify|validate|delete|remove|del|mask|redact|hash|encrypt|decrypt|parse|tex|split|lex)_?[a-z]/i;

/** True when the key sits inside a template, names an alias or is a URL's user info (`${TOKEN:?…}`, `alias token-check=…`, `//USER:PASSWORD@host`). */
export function notAKey(line: Buffer, keyStart: number): boolean {
  let i = keyStart - 1;
  // A URL's authority (`postgresql://USER:PASSWORD@localhost:5432/db`): user info and a host, not a key and its value.
  if (line[i] === 47 && line[i - 1] === 47 && line[i - 2] === 58) return true;
  if (line[i] === 34 || line[i] === 39) i--;
  if (line[i] === 123 && (line[i - 1] === 36 || line[i - 1] === 123)) return true;
  return /(^|\s)alias\s+$/.test(line.toString('latin1', Math.max(0, keyStart - 16), keyStart));
}

/** A name joined by C++'s, Rust's or PHP's scope operator (`stop_token::_M_state`, `Pass::run`): a path in code, not a key. */
export function scoped(line: Buffer, start: number, end: number): boolean {
  if (line[end] === 58 && line[end + 1] === 58) return true;
  return line[start - 1] === 58 && line[start - 2] === 58 && !HIERA_KEY.test(line.toString('latin1', 0, Math.min(line.length, end + 2)));
}

/** A Puppet Hiera key opening its line (`profile::db::password: v`): class and parameter joined by `::`, then YAML's `: `. */
const HIERA_KEY = /^[ \t]*["']?(?:[a-z_][\w]*::)+[\w]+["']?:(?:[ \t]|\r?$)/;

/**
 * A key followed by `>` that does not open an XML element (`<password>v`): a comparison (`salt > MASK`),
 * an attribute's end (`…/rotate_secret">text`) or a placeholder in prose (`<auth_token> more words`) or a URL (`user:<password>@host`).
 */
export function comparison(line: Buffer, start: number, end: number): boolean {
  let i = end;
  const quote = line[i];
  if (quote === 34 || quote === 39 || quote === 96) i++;
  if (line[i] === 93) i++;
  while (line[i] === 32 || line[i] === 9) i++;
  if (line[i] !== 62) return false;
  // An element's text follows its tag at once (`<password>v</password>`); after a space it is prose
  // beside a placeholder (`-e TOKEN=<auth_token> gcr.io/image:tag`).
  // A placeholder in a URL's user-info (`postgres://app:<password>@db:5432/app`) is followed by its host.
  if (line[start - 1] === 60) return line[i + 1] === 32 || line[i + 1] === 9 || line[i + 1] === 64;
  // A quoted name ending an element's opening tag (`<property name="x.password">v`, `<Setting name="Proxy
  // password">v`) is a name, then its value; the end of a URL's path (`title="post /x/rotate_secret">`) is not.
  return !((quote === 34 || quote === 39) && start < 1024 && line[start - 1] !== 47 && insideString(line, start));
}

/** A call named for a bare `pass` or `pw` but not a setter (`MODULE_PASS("name", …)`, `addPass("x")`): a compiler's or a test's pass; `setDbPass("v")` stays. */
export const AMBIGUOUS_CALL = /^(?!set|with)[\w$]*(?:pass|pw)$/i;

/** Keys that are really values: an ARN or another colon-separated resource name whose last part is `secret`. */
export const NOT_A_KEY_NAME = /^(?:arn|urn):|^[^:]*(:[^:]*){3,}$/i;

/**
 * A C constant whose string is made of pieces of its own name names something (`#define SN_kx_psk
 * "KxPSK"`, `TLS1_TXT_PSK_WITH_AES_256_GCM_SHA384 "PSK-AES256-GCM-SHA384"`). Only for `#define`: a
 * configured password may well echo its key (`ROUNDCUBEMAIL_DB_PASSWORD: roundcube`).
 */
export function spellsOwnName(key: string, value: string): boolean {
  const words = value
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const name = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  return words.join('').length >= 4 && words.every((w) => name.includes(w));
}
