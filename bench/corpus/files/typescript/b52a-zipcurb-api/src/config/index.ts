/**
 * ZipCurb API configuration. Loaded once at boot; values come from process.env (ECS task
 * definition -> Secrets Manager). Defaults are for `npm run dev` against the sandbox accounts.
 */
import { z } from 'zod';

const Env = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().default(4000),
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().default('redis://localhost:6379/0'),

  // payments (rides are pre-authorised, captured at trip end)
  STRIPE_SECRET_KEY: z.string().default('⟦stripe_secret_test:dev⟧'),
  STRIPE_PUBLISHABLE_KEY: z.string().default('⟦b42b_stripe_publishable_test:dev⟧'),
  STRIPE_WEBHOOK_SECRET: z.string().default('⟦stripe_webhook_secret:dev⟧'),

  // connected cars for the car-share fleet (Smartcar for non-Tesla, Fleet API for Tesla)
  SMARTCAR_CLIENT_ID: z.string().default('⟦b52a_smartcar_client_id:zc⟧'),
  SMARTCAR_CLIENT_SECRET: z.string().default('⟦b52a_smartcar_client_secret:zcdev⟧'),
  SMARTCAR_REDIRECT_URI: z.string().default('http://localhost:4000/smartcar/callback'),
  SMARTCAR_MODE: z.enum(['live', 'simulated']).default('simulated'),
  TESLA_CLIENT_ID: z.string().default('⟦uuid:teslaclient⟧'),
  TESLA_CLIENT_SECRET: z.string().optional(),

  // rider OTP over SMS
  TWILIO_ACCOUNT_SID: z.string().default('⟦twilio_account_sid:zc⟧'),
  TWILIO_VERIFY_SERVICE_SID: z.string().default('VA⟦md5:verify⟧'),
  TWILIO_AUTH_TOKEN: z.string().default('⟦twilio_auth_token:zcdev⟧'),

  MAPBOX_TOKEN: z.string().default('⟦mapbox_public_token:zc⟧'),
  SENTRY_DSN: z.string().optional(),
});

export type Config = z.infer<typeof Env>;

export const config: Config = Env.parse(process.env);

export const isProd = config.NODE_ENV === 'production';
