// LPR Hub - regional license plate reader aggregation for the Tri-State Fusion Center.
// Pulls reads from Flock Safety (OAuth client credentials), pushes NCIC/state hotlists down to
// the cameras, and alerts CAD when a hotlist plate is read.
import { z } from 'zod';

const Env = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().default(8080),
  DATABASE_URL: z.string().url(),
  FLOCK_BASE_URL: z.string().url().default('https://api.flocksafety.com'),
  FLOCK_AUDIENCE: z.string().default('com.flocksafety.integrations'),
  FLOCK_CLIENT_ID: z.string().min(1),
  FLOCK_CLIENT_SECRET: z.string().min(1),
  HOTLIST_SFTP_HOST: z.string().default('cjis-sftp.state.example.gov'),
  HOTLIST_SFTP_USER: z.string().default('tsfc_lpr'),
  HOTLIST_SFTP_PASSWORD: z.string().optional(),
  CAD_ALERT_URL: z.string().url().optional(),
  WEBHOOK_SHARED_KEY: z.string().min(16),
  AWS_REGION: z.string().default('us-gov-west-1'),
  IMAGE_BUCKET: z.string().default('tsfc-lpr-images'),
});

// Dev defaults: the Flock sandbox org ("TSFC Sandbox") and the state's CJIS test SFTP.
const devDefaults: Record<string, string> = {
  DATABASE_URL: 'postgres://lpr:lpr@localhost:5432/lprhub',
  FLOCK_AUDIENCE: 'com.flocksafety.integrations.dev',
  FLOCK_CLIENT_ID: '⟦b56a_flock_client_id:sbx⟧',
  FLOCK_CLIENT_SECRET: '⟦b56a_flock_client_secret:sbx⟧',
  HOTLIST_SFTP_HOST: 'cjis-sftp-test.state.example.gov',
  HOTLIST_SFTP_PASSWORD: 'TsfcHotl1st-Test',
  WEBHOOK_SHARED_KEY: 'dev-webhook-key-not-secret',
};

export const config = Env.parse(
  process.env.NODE_ENV === 'production' ? process.env : { ...devDefaults, ...process.env },
);

export type Config = typeof config;
