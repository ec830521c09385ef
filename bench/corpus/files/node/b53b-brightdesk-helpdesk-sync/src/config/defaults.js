'use strict';

/**
 * Default configuration for helpdesk-sync.
 *
 * Everything here can be overridden by environment variables (see .env.example).
 * The fallbacks exist so that `npm run dev` works against the sandbox without a .env.
 */

const env = (name, fallback) => (process.env[name] !== undefined ? process.env[name] : fallback);

module.exports = {
  port: Number(env('PORT', 3000)),
  logLevel: env('LOG_LEVEL', 'info'),

  zendesk: {
    subdomain: env('ZENDESK_SUBDOMAIN', 'brightdesk1700000000'), // sandbox
    email: env('ZENDESK_EMAIL', 'sandbox-bot@brightdesk.io'),
    // sandbox token — TODO remove once everyone has a .env (ticket SUPENG-412)
    apiToken: env('ZENDESK_API_TOKEN', '⟦zendesk_api_token:sandbox⟧'),
    webhookSecret: env('ZENDESK_WEBHOOK_SIGNING_SECRET', ''),
    pageSize: 100,
    retry: { attempts: 5, backoffMs: 750 },
  },

  intercom: {
    appId: env('INTERCOM_APP_ID', '⟦b42b_intercom_app_id:dev⟧'),
    accessToken: env('INTERCOM_ACCESS_TOKEN'),
    // identity verification secret of the *test* workspace
    identitySecret: env('INTERCOM_IDENTITY_SECRET', '⟦b42b_intercom_identity_secret:test⟧'),
    apiVersion: '2.11',
  },

  slack: {
    botToken: env('SLACK_BOT_TOKEN'),
    signingSecret: env('SLACK_SIGNING_SECRET'),
    escalationChannel: env('SLACK_ESCALATION_CHANNEL', '#support-escalations'),
  },

  sync: {
    // Zendesk ticket field id -> Intercom conversation attribute
    fieldMap: {
      360041827713: 'plan_tier',
      360041827733: 'churn_risk',
      360052210094: 'csat_last',
    },
    macroFolders: ['Billing', 'Onboarding', 'Bugs / Known issues'],
    intervalSeconds: 120,
  },
};
