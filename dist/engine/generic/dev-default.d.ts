/**
 * A password that repeats the user name given beside it (`username: shop` / `password: shop`, a
 * Quarkus `%dev` profile's `ledger`/`ledger`): the default of a local database or container, which
 * writers of real configuration and of labelled corpora alike leave as no secret.
 */
/** True when `value` (the password at `start`) is also the value of a user-name key within NEAR bytes. */
export declare function repeatsUserName(bytes: Buffer, start: number, end: number, value: string): boolean;
