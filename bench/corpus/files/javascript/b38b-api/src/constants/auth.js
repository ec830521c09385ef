// Names, patterns and messages around authentication. Nothing in here is a credential.

export const TOKEN_STORAGE_KEY = 'nw.auth.accessToken';
export const REFRESH_TOKEN_STORAGE_KEY = 'nw.auth.refreshToken';
export const CSRF_TOKEN_FIELD = '_csrf';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
export const TOKEN_TYPE = 'Bearer';
export const API_KEY_HEADER = 'x-api-key';
export const PASSWORD_MIN_LENGTH = 12;

// i18n keys
export const MESSAGES = {
  'auth.token.expired': 'Your session has expired. Please sign in again.',
  'auth.password.invalid': 'The password is incorrect.',
  'auth.apiKey.revoked': 'This API key has been revoked.',
  'settings.secretKey.label': 'Secret key',
  'settings.secretKey.help': 'Starts with sk_live_ or sk_test_. Never share it.',
};

// Client-side validation of keys users paste into the integrations page
export const KEY_PATTERNS = {
  stripeSecret: /^sk_(live|test)_[0-9a-zA-Z]{24,}$/,
  stripeRestricted: /^rk_(live|test)_[0-9a-zA-Z]{24,}$/,
  githubPat: /^gh[pousr]_[A-Za-z0-9]{36}$/,
  slackBot: /^xoxb-\d+-\d+-[A-Za-z0-9]+$/,
  awsAccessKeyId: /^(AKIA|ASIA)[A-Z2-7]{16}$/,
};

export const EXAMPLE_PLACEHOLDERS = {
  stripe: 'sk_live_••••••••••••••••',
  openai: 'sk-proj-...',
  github: 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
};

export const SESSION_ID_EXAMPLE = '⟦uuid⟧';
export const BUILD_SHA = '⟦git_sha⟧';
