"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scrubMessage = scrubMessage;
/**
 * Last line of defence for error and log text: anything the built-in rules recognise as a secret is
 * masked before it reaches the terminal, unless the user asked for --show-secrets.
 */
const scrub_1 = require("../report/scrub");
/** `text` with every secret the built-in rules find in it masked. */
function scrubMessage(text, showSecrets) {
    if (showSecrets || text.length === 0)
        return text;
    try {
        return (0, scrub_1.scrubText)(text);
    }
    catch {
        return text;
    }
}
