/**
 * Voltway CSMS — runtime configuration.
 *
 * Values are read from the environment first (see deploy/helm/values-*.yaml). The fallbacks below
 * exist so that `npm run dev` works on a laptop without a full .env; do NOT rely on them anywhere
 * that is reachable from the internet.
 */
import { z } from 'zod';

const bool = (v: string | undefined, d: boolean) => (v === undefined ? d : ['1', 'true', 'yes'].includes(v.toLowerCase()));
const int = (v: string | undefined, d: number) => (v === undefined ? d : Number.parseInt(v, 10));

export const ConfigSchema = z.object({
  env: z.enum(['development', 'staging', 'production']),
  http: z.object({ port: z.number(), trustProxy: z.boolean() }),
  ocpp: z.object({
    wsPort: z.number(),
    subprotocols: z.array(z.string()),
    heartbeatIntervalSec: z.number(),
    securityProfile: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
    allowUnknownChargers: z.boolean(),
  }),
  db: z.object({ url: z.string(), poolMax: z.number() }),
  redis: z.object({ url: z.string() }),
  ocpi: z.object({
    baseUrl: z.string(),
    partyId: z.string(),
    countryCode: z.string(),
    tokenA: z.string(),
    peers: z.record(z.object({ versionsUrl: z.string(), tokenC: z.string() })),
  }),
  billing: z.object({ stripeSecretKey: z.string(), stripeWebhookSecret: z.string(), currency: z.string() }),
  mail: z.object({ from: z.string(), sendgridKey: z.string() }),
  sentryDsn: z.string().optional(),
});

export type Config = z.infer<typeof ConfigSchema>;

const e = process.env;

export const config: Config = ConfigSchema.parse({
  env: (e.NODE_ENV as Config['env']) ?? 'development',
  http: { port: int(e.HTTP_PORT, 8080), trustProxy: bool(e.TRUST_PROXY, false) },
  ocpp: {
    wsPort: int(e.OCPP_WS_PORT, 9220),
    subprotocols: (e.OCPP_SUBPROTOCOLS ?? 'ocpp2.0.1,ocpp1.6').split(','),
    heartbeatIntervalSec: int(e.OCPP_HEARTBEAT, 300),
    securityProfile: int(e.OCPP_SECURITY_PROFILE, 2) as 0 | 1 | 2 | 3,
    allowUnknownChargers: bool(e.OCPP_ALLOW_UNKNOWN, false),
  },
  db: {
    // dev database on the shared staging box (Tomasz set this up, ask before dropping tables)
    url: e.DATABASE_URL ?? 'postgres://csms_app:⟦db_password:pg⟧@pg-staging.voltway.internal:5432/csms',
    poolMax: int(e.DB_POOL_MAX, 20),
  },
  redis: { url: e.REDIS_URL ?? 'redis://localhost:6379/0' },
  ocpi: {
    baseUrl: e.OCPI_BASE_URL ?? 'https://ocpi.staging.voltway.eu/ocpi/cpo',
    partyId: 'VWY',
    countryCode: 'NL',
    tokenA: e.OCPI_TOKEN_A ?? '⟦b50c_ocpi_token:tokenA⟧',
    peers: {
      // e-MSP roaming partners; token C is what WE send to THEM
      greenflux: {
        versionsUrl: 'https://ocpi.acc.partner-emsp.example/versions',
        tokenC: e.OCPI_TOKEN_C_GREENFLUX ?? '⟦b50c_ocpi_token:gfx⟧',
      },
      chargepass: {
        versionsUrl: 'https://roaming.chargepass.example/ocpi/emsp/versions',
        tokenC: e.OCPI_TOKEN_C_CHARGEPASS ?? '',
      },
    },
  },
  billing: {
    stripeSecretKey: e.STRIPE_SECRET_KEY ?? '⟦stripe_secret_test⟧',
    stripeWebhookSecret: e.STRIPE_WEBHOOK_SECRET ?? '',
    currency: 'eur',
  },
  mail: { from: 'no-reply@voltway.eu', sendgridKey: e.SENDGRID_API_KEY ?? '' },
  sentryDsn: e.SENTRY_DSN,
});

export default config;
