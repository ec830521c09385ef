/**
 * A cheap first test for a rule's regex. RE2 expands a counted repetition into one copy of its body per
 * count, so `[^\n]{0,120}` inside `(?:…\n){0,3}` is hundreds of instructions: compiling the built-in
 * rules' patterns took 2.2 s of a 3.7 s scan of this repository's working tree (808 patterns compiled,
 * up to 29 ms each), and the automata RE2 builds for them are as large. The gate is the same pattern with
 * the long counted repetitions left open (`{0,120}` as `*`): it matches wherever the rule's regex does,
 * since widening a repetition only adds strings to what a pattern matches, so a window the gate finds
 * nothing in cannot hold a match, and the rule's own pattern is compiled only for windows that pass.
 */

/** Repetitions whose upper bound exceeds the lower by less than this stay as they are: they cost little. */
const MIN_SPREAD = 8;

/**
 * `pattern` with every counted repetition `{m,n}` outside a character class whose n - m is at least
 * MIN_SPREAD opened up to `{m,}` (`*` and `+` for m of 0 and 1), or undefined when there is none.
 */
export function openRepetitions(pattern: string): string | undefined {
  let out = '';
  let changed = false;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      // `\Q…\E` quotes its text (regex-syntax.ts reads it the same way): braces inside are literal.
      const quoted = !inClass && pattern[i + 1] === 'Q';
      const end = quoted ? pattern.indexOf('\\E', i + 2) : -1;
      const next = !quoted ? i + 2 : end < 0 ? pattern.length : end + 2;
      out += pattern.slice(i, next);
      i = next - 1;
      continue;
    }
    if (inClass) {
      // A POSIX class inside a class (`[[:alpha:]{}]`) ends with its own `]`: not the class's end.
      const posix = c === '[' ? /^\[:\^?[a-z]+:\]/.exec(pattern.slice(i)) : null;
      if (posix) {
        out += posix[0];
        i += posix[0].length - 1;
        continue;
      }
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      // A `]` first in a class (after an optional `^`) is a literal, not its end.
      if (pattern[i + 1] === '^') out += pattern[++i];
      if (pattern[i + 1] === ']') out += pattern[++i];
      continue;
    }
    const counted = c === '{' ? /^\{(\d+),(\d+)\}/.exec(pattern.slice(i)) : null;
    if (counted && Number(counted[2]) - Number(counted[1]) >= MIN_SPREAD) {
      const least = Number(counted[1]);
      out += least === 0 ? '*' : least === 1 ? '+' : `{${least},}`;
      i += counted[0].length - 1;
      changed = true;
      continue;
    }
    out += c;
  }
  return changed ? out : undefined;
}
