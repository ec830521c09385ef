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
/** The regex with every `{{name}}` / `{{name:arg}}` macro replaced; an unknown name is left for RE2 to reject. */
export declare function expandRegexMacros(regex: string): string;
