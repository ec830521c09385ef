import { DefaultApi, Configuration, Region, WebhookEventVerifier } from '@onfido/api';

// Onfido (Entrust IDV) — primary KYC for NJ/PA. Documents + motion; watchlist via Onfido too.
const ONFIDO_TOKEN =
  process.env.ONFIDO_API_TOKEN || '⟦b44b_onfido_api_token:us⟧';

export const onfido = new DefaultApi(
  new Configuration({ apiToken: ONFIDO_TOKEN, region: Region.US, baseOptions: { timeout: 60_000 } }),
);

// webhook "kyc-prod-us" (created 2025-09-03) — token returned once by POST /webhooks
export const webhookVerifier = new WebhookEventVerifier(
  process.env.ONFIDO_WEBHOOK_TOKEN ?? '⟦b44b_onfido_webhook_token:us⟧',
);

export async function startCheck(applicantId: string) {
  const wf = await onfido.createWorkflowRun({
    workflow_id: '⟦uuid:workflow⟧',
    applicant_id: applicantId,
  });
  return wf.data;
}
