"use strict";
/**
 * Named pieces a rule's regex may use, written once here instead of in hundreds of rule files.
 *
 * `{{assign}}` joins a key to its value in every common syntax: `KEY=v`, `key: "v"`, `"key": "v"`,
 * `<Key>v`, `key => 'v'`, `key := "v"`, Make's `KEY ?= v`, `os.environ["KEY"] = "v"`, `const string Key = @"v"`,
 * and a lookup's literal fallback (`process.env.KEY || "v"`, `System.getenv("KEY") ?: "v"`).
 *
 * `{{near:NAMES}}` is a provider's key context, for tokens with no prefix of their own: NAMES (an RE2
 * alternation, case-insensitive) inside the key (`SHODAN_API_KEY=`, `shodanKey:`), or naming the
 * section a credential-named key sits in (`shodan:\n  api_key: v`, `[shodan]\ntoken = v`,
 * `"shodan": {"key": "v"}`) or the `value` of an object the key opens (`"SHODAN_KEY": {` then
 * `"value": "v"`, Hardhat's vars.json and ARM parameter files), followed by the assignment; or a call taking the value first
 * (`shodan.Shodan("v")`, `new ShodanClient('v')`).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.expandRegexMacros = expandRegexMacros;
// A string prefix (C# @, Python r/b/u/f) only counts before a quote, so it never eats a value's first letter.
// A lookup's literal fallback joins too, on the key's line or the next (`process.env.KEY || "v"`,
// `os.getenv("KEY") or "v"`, `ENV["KEY"] ??` then `"v"`): the deployment that forgets the variable runs
// with the literal, so it is the key's value. Not a call's `getenv("KEY", "v")`: a list's comma
// (`["npm_auth_ident", "npmAuthIdent"]`) looks the same, and rules with loose values would take its next item.
const ASSIGN = '["\'`]?\\]?[ \\t]*(?:(?:=>|:=|\\?=|=|:|>)[ \\t]*(?:(?:@|[rbufRBUF]{1,2})?["\'`])?|\\)?[ \\t]*(?:\\|\\||\\?\\?|\\?:|or)[ \\t]*\\r?\\n?[ \\t]*["\'])';
/** Key words that name a credential, for a key under a section that names the provider. */
const CREDENTIAL_KEY = '(?:api[_.-]?key|apikey|key|token|secret|password|passwd|pass|auth|credentials?|access[_.-]?key|client[_.-]?secret|private[_.-]?key|signing[_.-]?key|license[_.-]?key|access[_.-]?token|bearer)';
/**
 * How a section's line ends after its name: it opens the section with `{`, `[`, `(`, `:`, `]` (INI, TOML),
 * `>` (XML) or Ruby's `do |c|`, then at most a comment (`shodan:`, `[shodan]`, `"shodan": {`,
 * `createShodanClient({`, `Shodan.configure do |c|`). Bounded repeats stay short: each adds RE2 states to
 * every rule that uses the macro (the 60- and 80-character bounds of a first version cost 37 MB of a
 * rails-sized history scan's peak).
 */
const SECTION_LINE_END = '[^\\n]{0,30}?(?:[{\\[(:\\]>|]|\\bdo)[ \\t]*(?:(?:#|//)[^\\n]{0,40})?\\r?\\n';
function near(names) {
    const inKey = '[\\w.-]{0,40}';
    // The name's line must open the section, or end with the name as a value (`- name: virustotal`, `"name":
    // "binance",`, an SSM parameter's `".../mux-token-secret",`) with no letter or digit before it: inside a
    // random value on the line above (`jumio_api_secret = "OKx56I…"`, `"…LOvsXUdy…"`) a provider's name
    // opens nothing, and the key below is not that provider's.
    const opens = `(?:${names})${SECTION_LINE_END}|(?:^|[^a-z0-9])(?:${names})[\\w.-]{0,20}["'\`]?,?[ \\t]*\\r?\\n`;
    // Up to four fields between the section's line and the key (a provider's `base_url`, `auth:`, `header:`).
    const body = `(?:[^\\n]{0,100}\\n){0,4}?[ \\t]*["'\`]?(?:[\\w.-]{0,20}${CREDENTIAL_KEY}[\\w.-]{0,20}|value)`;
    // A notebook's JSON escapes the call's quote (`shodan.Shodan(\\"v\\")`).
    const call = '[\\w.-]{0,40}\\([ \\t]*\\\\?["\'`]';
    return `(?i:(?:${names})(?:${inKey}${ASSIGN}|${call})|(?:${opens})${body}${ASSIGN})`;
}
/** The macros by name; each takes the text after its colon (empty when there is none). */
const MACROS = {
    assign: () => ASSIGN,
    near,
};
const MACRO = /\{\{([a-z]+)(?::((?:(?!\}\})[^\n])+))?\}\}/g;
/** The regex with every `{{name}}` / `{{name:arg}}` macro replaced; an unknown name is left for RE2 to reject. */
function expandRegexMacros(regex) {
    return regex.replace(MACRO, (whole, name, arg) => (MACROS[name] ? MACROS[name](arg ?? '') : whole));
}
