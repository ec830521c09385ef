"use strict";
/**
 * A password that repeats the user name given beside it (`username: shop` / `password: shop`, a
 * Quarkus `%dev` profile's `ledger`/`ledger`): the default of a local database or container, which
 * writers of real configuration and of labelled corpora alike leave as no secret.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.repeatsUserName = repeatsUserName;
/** How far around the password's line the user name is looked for, in bytes. */
const NEAR = 400;
/** A user-name key just before a value: `user: `, `"username": "`, `DB_USER=`, `.username=`. */
const USER_KEY = /(?:user(?:name)?|login|uid)["'\]]?[ \t]*(?:=>|[:=])[ \t]*["']?$/i;
/** True when `value` (the password at `start`) is also the value of a user-name key within NEAR bytes. */
function repeatsUserName(bytes, start, end, value) {
    if (value.length < 3 || value.length > 32)
        return false;
    const from = Math.max(0, start - NEAR);
    const window = bytes.toString('latin1', from, Math.min(bytes.length, end + NEAR));
    for (let i = window.indexOf(value); i >= 0; i = window.indexOf(value, i + 1)) {
        if (from + i === start)
            continue;
        const after = window.charCodeAt(i + value.length);
        // The whole value, not a prefix of a longer one.
        if (after && /[\w.-]/.test(String.fromCharCode(after)))
            continue;
        if (USER_KEY.test(window.slice(Math.max(0, i - 40), i)))
            return true;
    }
    return false;
}
