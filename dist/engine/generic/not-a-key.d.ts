/** Constructors named for a credential (`Credentials("user", "v")`, `Auth("user", "v")`) take a user name first, not the secret. */
export declare const NOT_A_SETTER: RegExp;
/** Calls that read, check or transform a credential rather than set one (`get_password("x")`, `tex_token("…")`). */
export declare const NOT_A_SETTER_VERB: RegExp;
/** True when the key sits inside a template, names an alias or is a URL's user info (`${TOKEN:?…}`, `alias token-check=…`, `//USER:PASSWORD@host`). */
export declare function notAKey(line: Buffer, keyStart: number): boolean;
/** A name joined by C++'s, Rust's or PHP's scope operator (`stop_token::_M_state`, `Pass::run`): a path in code, not a key. */
export declare function scoped(line: Buffer, start: number, end: number): boolean;
/**
 * A key followed by `>` that does not open an XML element (`<password>v`): a comparison (`salt > MASK`),
 * an attribute's end (`…/rotate_secret">text`) or a placeholder in prose (`<auth_token> more words`) or a URL (`user:<password>@host`).
 */
export declare function comparison(line: Buffer, start: number, end: number): boolean;
/** A call named for a bare `pass` or `pw` but not a setter (`MODULE_PASS("name", …)`, `addPass("x")`): a compiler's or a test's pass; `setDbPass("v")` stays. */
export declare const AMBIGUOUS_CALL: RegExp;
/** Keys that are really values: an ARN or another colon-separated resource name whose last part is `secret`. */
export declare const NOT_A_KEY_NAME: RegExp;
/**
 * A C constant whose string is made of pieces of its own name names something (`#define SN_kx_psk
 * "KxPSK"`, `TLS1_TXT_PSK_WITH_AES_256_GCM_SHA384 "PSK-AES256-GCM-SHA384"`). Only for `#define`: a
 * configured password may well echo its key (`ROUNDCUBEMAIL_DB_PASSWORD: roundcube`).
 */
export declare function spellsOwnName(key: string, value: string): boolean;
