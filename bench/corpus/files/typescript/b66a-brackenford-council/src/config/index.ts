/**
 * Runtime configuration for the "Report it / Pay it" service (Brackenford District Council).
 *
 * Values come from the environment in every deployed environment (ECS task definition ->
 * Secrets Manager). The fallbacks below exist only so `npm run dev` works on a laptop.
 */
import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().default(3000),
  SESSION_SECRET: z.string().min(32),
  DATABASE_URL: z.string().url(),
  NOTIFY_API_KEY: z.string(),
  NOTIFY_TEMPLATE_RECEIPT: z.string().uuid(),
  NOTIFY_TEMPLATE_MISSED_BIN: z.string().uuid(),
  PAY_API_KEY: z.string().startsWith('api_'),
  PAY_RETURN_URL: z.string().url(),
  ONE_LOGIN_CLIENT_ID: z.string(),
  ONE_LOGIN_ISSUER: z.string().url(),
  ONE_LOGIN_PRIVATE_KEY_PATH: z.string(),
  COMPANIES_HOUSE_API_KEY: z.string().optional(),
});

const devDefaults: Partial<Record<keyof z.infer<typeof schema>, string>> = {
  SESSION_SECRET: 'brackenford-dev-session-secret-do-not-use-in-prod',
  DATABASE_URL: 'postgres://reportit:reportit@localhost:5432/reportit',
  // team test key: only sends to the guest list, fine for local dev
  NOTIFY_API_KEY: '⟦b39b_govuk_notify_key:devteam⟧',
  NOTIFY_TEMPLATE_RECEIPT: '⟦uuid:tpl-receipt⟧',
  NOTIFY_TEMPLATE_MISSED_BIN: '⟦uuid:tpl-bin⟧',
  PAY_API_KEY: '⟦b66a_govuk_pay_test_key:dev⟧',
  PAY_RETURN_URL: 'http://localhost:3000/pay/return',
  ONE_LOGIN_CLIENT_ID: '⟦b66a_onelogin_client_id:int⟧',
  ONE_LOGIN_ISSUER: 'https://oidc.integration.account.gov.uk/',
  ONE_LOGIN_PRIVATE_KEY_PATH: './keys/onelogin-signing-private.pem',
};

const merged = { ...(process.env.NODE_ENV === 'production' ? {} : devDefaults), ...process.env };

export const config = schema.parse(merged);
export type Config = typeof config;
