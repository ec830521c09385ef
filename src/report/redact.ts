/**
 * The single redaction point. Reporters, logs and error messages only ever see what these functions
 * return; the raw secret leaves this module only when the user asked for it with --show-secrets.
 */

/** Characters at the end of a secret that redaction may leave visible. */
const VISIBLE_TAIL = 2;
/** Below this many hidden characters, the tail is hidden too. */
const MIN_HIDDEN_FOR_TAIL = 12;
/** What stands for the hidden part: one character, whatever the secret's length. */
export const HIDDEN = '\u2026';

/** A PEM or OpenPGP armor header: structure, not key material, and the fastest way to tell key kinds apart. */
const ARMOR_HEADER = /^-----BEGIN [A-Z0-9 ]{1,60}-----(?=[\s\S])/;
/** AWS key ids: the four-letter prefix says long-term (AKIA) or temporary (ASIA) credentials. */
const AWS_KEY_ID = /^(?:AKIA|ASIA|ABIA|ACCA|AROA|AIDA|AGPA|AIPA)(?=[A-Z0-9]{16,17}$)/;
/** Output of redactSecret, recognised so redacting twice changes nothing. */
const REDACTED = /^[^\r\n\u2026]*\u2026[^\r\n\u2026]{0,2} \(\d+ chars?\)$/;

/** The start of a secret that may stay visible: the rule's prefix, a PEM header, or an AWS key-id prefix. */
function visibleHead(secret: string, prefix?: string): string {
  if (prefix && secret.startsWith(prefix) && prefix.length < secret.length) return prefix;
  return ARMOR_HEADER.exec(secret)?.[0] ?? AWS_KEY_ID.exec(secret)?.[0] ?? '';
}

/**
 * A fixed-width stand-in for a secret: the visible head, "…", the last two characters when at least 12
 * stay hidden, and the length: "ghp_…Yz (40 chars)". A 3,000-character PEM block is one short line,
 * not a wall of stars, and the width says nothing beyond the length it states.
 */
export function redactSecret(secret: string, prefix?: string): string {
  if (REDACTED.test(secret)) return secret;
  const head = visibleHead(secret, prefix);
  const rest = secret.length - head.length;
  const armored = head.startsWith('-----');
  const last = secret.slice(-VISIBLE_TAIL);
  // A line break in the tail would split the one-line form (and is no help to anyone recognising the secret).
  const tail = !armored && rest >= MIN_HIDDEN_FOR_TAIL + VISIBLE_TAIL && !/[\r\n\u2026]/.test(last) ? last : '';
  return `${head}${HIDDEN}${tail} (${secret.length} char${secret.length === 1 ? '' : 's'})`;
}

/** Stars for every character; line breaks stay so multi-line text keeps its shape. */
function maskChars(s: string): string {
  return /[\r\n]/.test(s) ? s.replace(/[^\r\n]/g, '*') : '*'.repeat(s.length);
}

/** Pieces of a secret long enough to be worth masking when they appear on their own (one line of a PEM block). */
function piecesOf(secret: string): string[] {
  const pieces = secret
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length >= 4);
  return pieces.length > 0 ? pieces : [secret];
}

/** Shortest secret whose encoded forms are masked too: shorter ones would mask ordinary words. */
const MIN_ENCODED = 8;

/**
 * The secret as it is commonly re-encoded next to itself (a base64 copy in a Kubernetes manifest, a
 * percent-encoded copy in a URL): the decoder may not have reported those copies, so the context line
 * must not show them either. Base64 padding is left out so the form also matches inside longer runs.
 */
export function encodedForms(secret: string): string[] {
  if (secret.length < MIN_ENCODED) return [];
  let forms = formsMemo.get(secret);
  if (!forms) {
    if (formsMemo.size >= 4096) formsMemo.clear();
    formsMemo.set(secret, (forms = computeForms(secret)));
  }
  return forms;
}

/** Forms already worked out: a long minified line holding hundreds of findings masks each of them in every other's context. */
const formsMemo = new Map<string, string[]>();

function computeForms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const hex = bytes.toString('hex');
  const pct = hex.replace(/../g, '%$&');
  const forms = [bytes.toString('base64').replace(/=+$/, ''), bytes.toString('base64url'), hex, hex.toUpperCase(), pct, pct.toUpperCase(), encodeURIComponent(secret)];
  return [...new Set(forms)].filter((f) => f !== secret);
}

/** Replaces every occurrence of `find` in `text` with `by(find)`, worked out only when there is one. */
function replaceAll(text: string, find: string, by: (s: string) => string): string {
  return text.includes(find) ? text.split(find).join(by(find)) : text;
}

/** Masks every occurrence of each secret (and of each of its lines, and its encoded forms) in `text`. */
export function maskText(text: string, secrets: Array<{ secret: string; prefix?: string }>): string {
  let out = text;
  const sorted = [...secrets].sort((a, b) => b.secret.length - a.secret.length);
  for (const { secret, prefix } of sorted) {
    if (!secret) continue;
    out = replaceAll(out, secret, (s) => redactSecret(s, prefix));
    for (const piece of piecesOf(secret)) {
      if (piece !== secret) out = replaceAll(out, piece, maskChars);
    }
    for (const form of encodedForms(secret)) out = replaceAll(out, form, maskChars);
  }
  return out;
}

/** Characters that end a token at a cut edge: whitespace, quotes and brackets, not what secrets are made of. */
const TOKEN_EDGE = /[\s"'`,;<>()[\]{}]/;

/** Masks the token a cut edge runs through: the first (or last) run of characters up to a separator. */
function maskCutEdge(text: string, atStart: boolean): string {
  const chars = [...text];
  const order = atStart ? chars.keys() : [...chars.keys()].reverse();
  for (const i of order) {
    if (TOKEN_EDGE.test(chars[i])) break;
    chars[i] = '*';
  }
  return chars.join('');
}

/**
 * The masked context line of a finding: every span where the engine saw a candidate on that line
 * (reported, filtered, allowlisted or suppressed) becomes stars; the finding's own secret and the other
 * findings on the line keep their redacted form (prefix and last two characters) with their encodings
 * masked; and a token the 400-byte excerpt cuts at either edge, which no rule could recognise any
 * more, is masked too. The spans are applied first, while the line still has its own length.
 */
export function maskContext(line: string, spans: Array<[number, number]> | undefined, cut: 'start' | 'end' | 'both' | undefined, secrets: Array<{ secret: string; prefix?: string }>): string {
  const units = line.split('');
  const known = new Set(secrets.map((s) => s.secret));
  for (const [s, e] of spans ?? []) {
    if (known.has(line.slice(s, e))) continue; // masked below, keeping its redacted form
    for (let i = Math.max(0, s); i < Math.min(e, units.length); i++) units[i] = '*';
  }
  let out = maskText(units.join(''), secrets);
  if (cut === 'start' || cut === 'both') out = `…${maskCutEdge(out, true)}`;
  if (cut === 'end' || cut === 'both') out = `${maskCutEdge(out, false)}…`;
  return out;
}
