import { z } from 'zod';

/**
 * Runtime configuration for the invoicing service (Pixelwerk Studio GmbH).
 * Reads from process.env; the defaults below exist so `pnpm dev` works without a .env.
 *
 * NOTE(ks, 2024-11-02): the Mollie/Qonto defaults are from the *agency* accounts, not a client's.
 * Kai wanted them here "until we set up Doppler". Doppler is set up now. Remove these.
 */
const DEV_DEFAULTS = {
  MOLLIE_API_KEY: '⟦mollie_api_key:agency⟧',
  LEXOFFICE_API_KEY: '⟦b58b_lexoffice_api_key:agency⟧',
  QONTO_LOGIN: 'pixelwerk-studio-2291',
  QONTO_SECRET_KEY: '⟦b58b_qonto_secret_key:agency⟧',
} as const;

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().default(4010),
  DATABASE_URL: z.string().url(),

  MOLLIE_API_KEY: z.string().regex(/^(live|test)_[A-Za-z0-9]{30}$/),
  MOLLIE_PROFILE_ID: z.string().startsWith('pfl_').optional(),
  MOLLIE_WEBHOOK_BASE: z.string().url().default('https://billing.pixelwerk.studio/webhooks/mollie'),

  LEXOFFICE_API_KEY: z.string().min(20),
  LEXOFFICE_BASE_URL: z.string().url().default('https://api.lexoffice.io/v1'),

  QONTO_LOGIN: z.string(),
  QONTO_SECRET_KEY: z.string().length(32),
  QONTO_IBAN: z.string().optional(),

  GOCARDLESS_ACCESS_TOKEN: z.string().optional(),
  GOCARDLESS_WEBHOOK_SECRET: z.string().optional(),
  GOCARDLESS_ENV: z.enum(['sandbox', 'live']).default('sandbox'),
});

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const merged = env.NODE_ENV === 'production' ? env : { ...DEV_DEFAULTS, ...env };
  const parsed = schema.safeParse(merged);
  if (!parsed.success) {
    // eslint-disable-next-line no-console
    console.error('Invalid configuration', parsed.error.flatten().fieldErrors);
    throw new Error('invalid configuration');
  }
  return parsed.data;
}

export const qontoAuthHeader = (cfg: Config): string => `${cfg.QONTO_LOGIN}:${cfg.QONTO_SECRET_KEY}`;
