/** One key/value pair: byte offsets within the line. */
export interface Pair {
    key: string;
    value: string;
    /** Byte offsets of the value within the line. */
    start: number;
    end: number;
    quoted: boolean;
    /** Unquoted, after a spaced `=` or `:`, and followed by more words: an expression or a command, not a literal. */
    expression: boolean;
    /** The pair sits inside a string literal (a connection string's `Password=v;` in code): its bare value is text, not a variable. */
    inString: boolean;
    /** The key is quoted (`"Key": v`), as in JSON. */
    quotedKey: boolean;
    /** The key is a name given as a value (`{"name": "API_TOKEN", "value": v}`), not a key of the syntax. */
    named?: boolean;
}
export declare const KEY = "(?:[\\w$@-]+[.:/])*[\\w$@-]*(?:pass|pwd|psk|secret|token|key|auth|cred|bearer|salt|dsn)[\\w$@-]*";
/** A value: double-quoted with escaped quotes (`\"v\"`, a string inside a JSON string), double-, single- or back-quoted (a string prefix such as r"", @"" allowed), or bare. */
export declare const VALUE = "(?:\\\\\"((?:[^\"\\\\\\n]|\\\\[^\"\\n])+)\\\\\"|[rbufRBUF@]{0,2}\"((?:[^\"\\\\\\n]|\\\\.)+)\"|[rbufRBUF@]{0,2}'((?:[^'\\\\\\n]|\\\\.)+)'|`([^`\\n]+)`|([^\\s\"'`;<>|]+))";
export declare const QUOTED = "(?:[rbuf@]{0,2}\"((?:[^\"\\\\\\n]|\\\\.)+)\"|[rbuf@]{0,2}'((?:[^'\\\\\\n]|\\\\.)+)')";
/** What reads the environment by a property or an index (`process.env.X`, `ENV['X']`, `$_ENV['X']`, `os.environ['X']`). */
export declare const ENV_PROPERTY = "(?:process\\.env|import\\.meta\\.env|\\benv|os\\.environ|\\$_(?:env|server)|\\$ENV)";
/** What reads the environment or a setting by a call (`getenv(`, `System.getenv(`, `ENV.fetch(`, `os.environ.get(`, `config(`, Gradle's `findProperty(`). */
export declare const ENV_CALL = "(?:[\\w$]+(?:\\.|::))*(?:getenv|get_?env|env|fetch|get|getenvironmentvariable|getordefault|getorelse|getproperty|findproperty|config|fromenvironment|var)";
/** The operators that give a fallback when the lookup finds nothing. */
export declare const OR = "(?:\\|\\||\\?\\?|\\?:|or\\b)";
/** Bytes a key's word is made of (letters, digits, `_ $ @ . -`): 1, else 0. */
export declare const WORDISH: Uint8Array<ArrayBuffer>;
/**
 * The pair whose value spans `start`..`end` of `line` (a pattern's group), its quotes and trailing
 * punctuation taken off; `keyStart` is where its key begins on the line (the line before, for a value
 * given below its name: -1).
 */
export declare function shape(line: Buffer, key: string, keyStart: number, start: number, end: number): Pair | undefined;
/** Every key/value pair on `line` whose key holds a credential word; `hits` are the keyword offsets in it. */
export declare function pairsOn(line: Buffer, hits?: number[]): Pair[];
