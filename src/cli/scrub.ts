/**
 * Last line of defence for error and log text: anything the built-in rules recognise as a secret is
 * masked before it reaches the terminal, unless the user asked for --show-secrets.
 */
import { scrubText } from '../report/scrub';

/** `text` with every secret the built-in rules find in it masked. */
export function scrubMessage(text: string, showSecrets: boolean): string {
  if (showSecrets || text.length === 0) return text;
  try {
    return scrubText(text);
  } catch {
    return text;
  }
}
