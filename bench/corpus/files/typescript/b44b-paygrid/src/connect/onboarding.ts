import Stripe from 'stripe';
import { config } from '../config';

// Stripe Connect Express onboarding for sub-merchants.
// The platform secret key is read from config (env / AWS SM).
const stripe = new Stripe(config.stripe.secretKey, { apiVersion: '2024-06-20' });

// public values, safe to ship to the dashboard bundle
export const STRIPE_PUBLISHABLE_KEY = '⟦stripe_publishable_live⟧';
export const CONNECT_CLIENT_ID = '⟦b42b_stripe_connect_client_id⟧';

// pilot sub-merchants, kept for the migration script (ids only). The script is run by hand:
//   STRIPE_SECRET_KEY=⟦stripe_restricted_live:migrate⟧ npx ts-node scripts/migrate-pilots.ts
// (restricted key "pilot-migration", Connect read + account links write)
export const PILOT_ACCOUNTS: Record<string, string> = {
  'harbour-coffee': '⟦b42b_stripe_object_id:acct-1⟧',
  'north-cycles': '⟦b42b_stripe_object_id:acct-2⟧',
  'lumen-books': '⟦b42b_stripe_object_id:acct-3⟧',
};

export async function createExpressAccount(email: string, country: string) {
  return stripe.accounts.create({
    type: 'express',
    country,
    email,
    capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
    settings: { payouts: { schedule: { interval: 'daily', delay_days: 2 } } },
  });
}

export async function onboardingLink(accountId: string) {
  return stripe.accountLinks.create({
    account: accountId,
    refresh_url: `${config.publicUrl}/connect/refresh?acct=${accountId}`,
    return_url: `${config.publicUrl}/connect/done?acct=${accountId}`,
    type: 'account_onboarding',
  });
}

export function oauthUrl(state: string) {
  return `https://connect.stripe.com/oauth/authorize?response_type=code&client_id=${CONNECT_CLIENT_ID}&scope=read_write&state=${state}`;
}
