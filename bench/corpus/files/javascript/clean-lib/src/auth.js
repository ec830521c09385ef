/**
 * Token helpers for the SDK. Nothing here is a credential: keys are passed in by the caller.
 */
const TOKEN_PREFIX = 'acme_';
const API_KEY_HEADER = 'X-Api-Key';

export class Auth {
  constructor({ apiKey, token } = {}) {
    if (!apiKey && !token) throw new Error('apiKey or token is required');
    this.apiKey = apiKey;
    this.token = token;
  }

  headers() {
    return this.token ? { Authorization: `Bearer ${this.token}` } : { [API_KEY_HEADER]: this.apiKey };
  }

  static isApiKey(value) {
    return typeof value === 'string' && value.startsWith(TOKEN_PREFIX) && value.length === 37;
  }

  withToken(token) {
    return new Auth({ apiKey: this.apiKey, token });
  }
}

export function maskSecret(secret) {
  if (!secret) return '';
  return `${secret.slice(0, 4)}${'*'.repeat(Math.max(0, secret.length - 4))}`;
}

export const passwordRules = { min: 12, max: 128, forbid: ['password', '123456', 'qwerty'] };
