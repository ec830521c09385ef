/**
 * How strongly a key names a credential. A key is split into words (SCREAMING_SNAKE, kebab, dotted
 * and camelCase alike), and the words decide: `db_password` names a password, `api_key` a secret,
 * `password_file` or `token_url` name something about a secret, `hashed_secret` a digest of one.
 */
import type { KeyClass } from '../../generated/rule-file';
export type { KeyClass };
/** The verdict on a key: its class and strength (0 = not a credential key), with the reason. */
export interface KeyVerdict {
    kind: KeyClass;
    strength: number;
    reason: string;
    /** A `key` no word before it names as a credential (`des_key`, `result_key`, a bare `key`), or an `authentication`: only a token-shaped value counts. */
    loose?: boolean;
    /** The word that names the credential (`secret`, `password`, `apikey`), when one does. */
    word?: string;
    /** The word before a `key` (`integration` in `integration_key`), when there is one. */
    qualifier?: string;
    /** The key says it holds key material spelled out in an encoding (`key_hex`): a short hex value is a key, not an id. */
    material?: boolean;
}
/**
 * Words of a key, lowercased: DB_PASSWORD, db.password and dbPassword all give db, password. The second
 * split (HTTPServer: http, server) looks ahead instead of matching the capitals before: V8's regexes
 * backtrack, and `([A-Z]+)([A-Z][a-z])` was quadratic in a run of capitals (keys are not bounded in length).
 */
export declare function keyWordsOf(key: string): string[];
/** The word of a mapping's name that qualifies a bare `key` under it (`Jwt`, `ApiSettings`: jwt, api), or undefined. */
export declare function keyQualifierIn(name: string): string | undefined;
/** Judges a key; strength 0 means the key does not name a credential. */
export declare function judgeKey(key: string): KeyVerdict;
/**
 * What a joined `pass` or `pw` is the password of (`dbpass`, `smtppass`, keytool's `storepass` and `keypass`,
 * OpenLDAP's `confpass`, a batch file's `set TASKPASS=` and `set RUNPW=`: the account a task runs as). An RE2
 * alternation: sources.ts builds the keys it extracts from it too.
 */
export declare const JOINED_OWNERS = "db|my|admin|root|user|smtp|mail|ftp|sftp|sql|mysql|pg|redis|mongo|ldap|proxy|vault|ssh|sudo|keystore|store|key|wifi|bind|conf|rpc|task|run|svc|service|vpn|smb|nas|backup|domain|local";
