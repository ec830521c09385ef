/**
 * Recognises values that stand in for a secret: masked or templated values, example words, one
 * repeated character, keyboard or alphabet sequences. The checks look at the part after the
 * provider prefix, so `sk_live_xxxxxxxx` is a placeholder while a random token is not.
 */

// A template's body (up to its end or the end of the value) holds none of `*<>~^;@&+#` and the
// backtick: names, paths and calls do not use them, and random values drawn from punctuation do (a
// WordPress salt held one of these openers with such a body once in 42; now once in 215). A `${`
// the value's end cuts off counts only with a name's characters after it: `${]-GDBD` ended a salt.
const TEMPLATE = [
  /\$\{(?:[^}*<>~^;@&+#`]*\}|[\w.:-]*$)/, // ${VAR}
  /\{\{[^}*<>~^;@&+#`]*(?:\}\}|$)/, // {{ .Values.x }}: closed by two braces (a salt's `{{%Ebgm}u7` is no template)
  /%\([\w.-]+\)[sd]/, // %(name)s
  /^<[^<>]*>$/, // <token>
  /<[a-z]+(?:[-_][a-z]+)+>/, // a named slot inside a value: `default:development.<backend-token-hex>`
  /^\[[^[\]]*\]$/, // [your key]
  /#\{[^}*<>~^;@&+#`]*\}/, // #{ruby}
  /\$\([^)*<>~^;@&+#`]*(?:\)|$)/, // $(command)
  /^\{(?!SAS00\d\})[A-Za-z_][\w.]*\}/i, // {name}: a format string's field (Python's str.format, .NET); not SAS's encoding tag (`{SAS002}…`)
  /^%[A-Za-z_][A-Za-z0-9_]*%$/, // %WINDOWS_VAR%
  /(process\.env|os\.environ|System\.getenv|ENV\[)/,
];

/** Two or more groups of four zeros between dashes or underscores. */
const ZERO_GROUPS = /(?:^|[-_])0{4}(?:[-_]0{4})+(?:$|[-_])/;
/** Words that mark a value as an example for every rule (long enough never to occur by chance in a random token). */
const EXAMPLE_WORDS =
  /example|placeholder|changeme|change_me|replace_?me|replace_?with|redacted|insert_?(your|here)|^your[-_][a-z]|(your|my)[-_]?(own[-_]?)?([a-z0-9]+[-_]){0,3}(api[-_]?)?(key|token|secret|password)|goes[-_]?here|not[-_]?(a[-_]?)?(real|valid)[-_]|do[-_]?not[-_]?use|please[-_]?change|not[-_]?for[-_]?production|(dummy|fake|test)[-_]?(key|token|secret|value|password)|[$_.:-]dummy(?:[$_.:-]|$)/i;
/** Shorter words that only mark generic values (a random token could contain them); a value that names what goes there (`qualys-api-password`). */
const GENERIC_WORDS =
  /^(your|my|the|some|test|dummy|fake|sample|secret|password|passwd|pass|token|apikey|api_key|key|admin|root|guest|user|default|none|null|empty|demo|temp|foo|bar|baz|qwerty|letmein|welcome|postgres|mysql|redis|mongo|changeit|public|private|mypassword|mypass|mypasswd|mysecret|notasecret|not_a_secret|xxx|todo|tbd|fixme)\d{0,4}$|^[a-z]+(?:[-_][a-z]+){0,3}[-_](?:api|access|secret|client|app|service|account|private)[-_](?:password|passwd|secret|key|token)$/i;

/**
 * A value that says it is a test, a sample or a fake (`test_secret_123`, `dummy-key-for-ci`), unless a
 * generated token follows the word: Column's `test_…` and Modern Treasury's `test-…` keys are real keys
 * of a sandbox, 32 and more mixed letters and digits.
 */
function markedExample(v: string): boolean {
  const m = /^(?:test|dummy|fake|sample|demo|example)[_-](.*)$/i.exec(v);
  if (!m) return false;
  const rest = m[1];
  return rest.length < 16 || !/[0-9]/.test(rest) || !/[A-Z]/.test(rest) || !/[a-z]/.test(rest);
}

// biome-ignore format: a word table, kept as rows
const SEQUENCES = ['0123456789abcdefghijklmnopqrstuvwxyz', '1234567890abcdefghijklmnopqrstuvwxyz', '1234567890', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm', '9876543210', 'zyxwvutsrqponmlkjihgfedcba'];

/**
 * Three neighbouring keys of the home row, either way: a value typed by running a hand along the
 * keyboard (`sdf0o9823sjdfsdf`, `2kjshdfp92i34asdasd`) holds two such runs apart, and most of its
 * characters are home-row letters. Counting overlapping runs (`dfgh` is two) took one random value of
 * 40 letters and digits in 1,700 for a placeholder (231 of 400,000); two apart, in lower case, with 40% home-row letters:
 * none of 200,000 random values of 20 or 40 letters and digits in mixed case, and about one in 20,000
 * in lower case at 40 (counting every other placeholder check). Generic values only.
 */
const HOME_ROW = /asd|sdf|dfg|fgh|ghj|hjk|jkl|lkj|kjh|jhg|hgf|gfd|fds|dsa/g;
const HOME_ROW_KEYS = /[asdfghjkl]/g;

/** Typed along the home row in lower case: two runs that do not overlap, and at least 40% home-row letters. */
function homeRowMash(v: string): boolean {
  const runs = v.match(HOME_ROW)?.length ?? 0;
  return runs >= 2 && (v.match(HOME_ROW_KEYS)?.length ?? 0) >= v.length * 0.4;
}

/** True when the value is a slice of an alphabet or keyboard sequence (case-insensitive), possibly repeated. */
function isSequence(v: string): boolean {
  const lower = v.toLowerCase();
  if (lower.length < 6) return false;
  for (let period = 1; period <= 4; period++) {
    if (
      lower.length >= period * 3 &&
      lower ===
        lower
          .slice(0, period)
          .repeat(Math.ceil(lower.length / period))
          .slice(0, lower.length)
    )
      return true;
  }
  return SEQUENCES.some((seq) => {
    const doubled = seq.repeat(Math.ceil(lower.length / seq.length) + 1);
    return doubled.includes(lower);
  });
}

/**
 * True when the value is nothing but ascending runs of three or more (`abc123def456`, `abcd1234wxyz`):
 * documentation's made-up values; a random character follows its predecessor one time in 36 or more.
 */
function ascendingRunsOnly(v: string): boolean {
  if (v.length < 9) return false;
  const s = v.toLowerCase();
  let runs = 0;
  let run = 1;
  for (let i = 1; i <= s.length; i++) {
    const c = s.charCodeAt(i);
    if (i < s.length && c === s.charCodeAt(i - 1) + 1 && ((c >= 98 && c <= 122) || (c >= 49 && c <= 57))) run++;
    else {
      if (run < 3) return false;
      runs++;
      run = 1;
    }
  }
  return runs >= 3;
}

/**
 * Share of the value taken up by ascending runs of four or more letters or digits, case ignored:
 * documentation's made-up keys are typed along the alphabet (`AB1C2defGHijkLMNo3PqQRstUvwxyz`); in a
 * random value a character follows its predecessor one time in 36 or more.
 */
function sequentialShare(v: string): number {
  const s = v.toLowerCase();
  let inRuns = 0;
  let run = 1;
  for (let i = 1; i <= s.length; i++) {
    const c = s.charCodeAt(i);
    if (i < s.length && c === s.charCodeAt(i - 1) + 1 && ((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) run++;
    else {
      if (run >= 4) inRuns += run;
      run = 1;
    }
  }
  return inRuns / s.length;
}

/** Share of the value taken up by runs (of four or more) of one mask character: x, *, #, ., -, 0. */
function maskShare(v: string): number {
  let masked = 0;
  for (const m of v.matchAll(/([xX*#.\-_0•])\1{3,}/g)) masked += m[0].length;
  return masked / v.length;
}

/** A pointer to a password manager's entry: the manager's name, maybe after "in" or "see", then the entry's quoted title. */
const PASSWORD_MANAGER_ENTRY = /^(?:(?:in|see|from|stored in|kept in)\s+)?(?:1password|bitwarden|lastpass|keepass(?:xc)?|dashlane|keeper|passbolt|psono)\b\s*(?::|→|->|>|-)?\s*["'“]/i;

/**
 * A password manager's entry with its vault or folder path left out (`1Password → Growth → "Apify API token"`
 * reads as `1Password → "Apify API token"`): split at the arrows, not matched, so no pattern backtracks.
 */
function vaultPathDropped(v: string): string {
  if (v.length > 200 || !(v.includes('→') || v.includes('>'))) return v;
  const parts = v.split(/\s*(?:→|->|>)\s*/);
  return parts.length > 2 ? `${parts[0]} → ${parts[parts.length - 1]}` : v;
}

/** Why `secret` is a placeholder, or undefined. `prefix` is the rule's literal token prefix. */
export function placeholderReason(secret: string, prefix: string | undefined, generic: boolean): string | undefined {
  if (TEMPLATE.some((r) => r.test(secret))) return 'placeholder';
  const body = prefix && secret.startsWith(prefix) ? secret.slice(prefix.length) : secret;
  if (body.length === 0) return 'placeholder';
  if (EXAMPLE_WORDS.test(body)) return 'placeholder';
  if (/^(.)\1*$/.test(body)) return 'placeholder';
  // Text written as escapes of non-ASCII code points (`\uBA85\uB839`): a translated message in a
  // resource bundle, never a token, which providers draw from ASCII.
  if (/\\u(?!00[0-7])[0-9a-f]{4}/i.test(body) && /^(?:\\u[0-9a-f]{4}|[\x20-\x7e])+$/i.test(body)) return 'placeholder';
  const share = maskShare(body);
  if (share >= 0.3 || /([xX*•])\1{5,}/.test(body)) return 'placeholder';
  if (isSequence(body) || ascendingRunsOnly(body) || (body.length >= 16 && sequentialShare(body) >= 0.5)) return 'placeholder';
  // A password manager's entry named where the value would be (`in 1Password: "SIP2 sc_main_01"`, `Bitwarden → "svc-imaging"`).
  if (generic && PASSWORD_MANAGER_ENTRY.test(vaultPathDropped(body))) return 'placeholder';
  // Groups of zeros (`processor-sandbox-0000-0000`) stand for a number to fill in. A run of five in a long
  // token is its own (a Yandex OAuth token's `y0_AgAAAAA…` encodes small numbers): there it takes eight.
  if (generic && (GENERIC_WORDS.test(body) || markedExample(body) || (body.length < 40 ? /(.)\1{4,}/ : /(.)\1{7,}/).test(body) || ZERO_GROUPS.test(body) || homeRowMash(body))) return 'placeholder';
  // Documentation, not configuration: a value cut short ("sk-ant-api03-...", "eyJhbGciOi…"), a bare
  // prefix ("xoxe-1-"), or a link with no credentials in it ("token: https://docs.example.com/tokens").
  // A long value that ends in - or _ is not cut short: Django's keys draw their last character from an
  // alphabet holding both (one in 25 ends so), and neither is one with a symbol no prefix has
  // (`S4*Swlgy1vFK8tbku8d_`, a generated password). Nor is one with a long random run before the end
  // (`AfL2c1LzxwJxqJpTWW-_`): a bare prefix is made of short parts (`sk_live_`, `sk-ant-api03-`).
  if (generic && (/\.\.\.|…/.test(body) || (body.length < 32 && /^[\w.-]+[-_]$/.test(body) && !/[^._-]{12}/.test(body)) || /^https?:\/\/[^\s@]+$/i.test(body))) return 'placeholder';
  return undefined;
}
