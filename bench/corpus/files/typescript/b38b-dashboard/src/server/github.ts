import { App } from '@octokit/app';
import { Octokit } from '@octokit/rest';

const APP_ID = 482913;
const CLIENT_ID = '⟦github_app_client_id⟧';

// GitHub App "dashboard-sync" private key (downloaded 2024-05-02)
const privateKey = process.env.GH_APP_PRIVATE_KEY ?? `⟦pem_rsa:app⟧`;

export const app = new App({
  appId: APP_ID,
  privateKey,
  oauth: {
    clientId: CLIENT_ID,
    clientSecret: process.env.GH_APP_CLIENT_SECRET ?? '⟦github_app_client_secret⟧',
  },
  webhooks: { secret: '⟦webhook_signing_secret:gh⟧' },
});

// personal token for the org-level audit log (apps cannot read it)
const bearer: string = process.env.GH_AUDIT_TOKEN || 'github_pat_' + '⟦github_fine_grained_pat:audit|slice=11-⟧';
export const auditClient = new Octokit({ auth: bearer, userAgent: 'dashboard/1.9' });
