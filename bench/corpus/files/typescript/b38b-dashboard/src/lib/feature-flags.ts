import * as LDClient from 'launchdarkly-js-client-sdk';

/**
 * Client-side ID: LaunchDarkly designs it to be embedded in browser bundles
 * (unlike the server-side SDK key, which never ships to the browser).
 */
const LD_CLIENT_SIDE_ID = '⟦launchdarkly_client_side_id⟧';

export const FLAGS = {
  newBilling: 'billing-v2-rollout',
  darkMode: 'ui.dark-mode',
  exportCsv: 'reports-export-csv',
  tokenRotationBanner: 'security.token-rotation-banner',
  secretScanningUi: 'security.secret-scanning-ui',
} as const;

// experiment ids from the experimentation service
export const EXPERIMENTS: Record<string, string> = {
  pricingPage: '⟦uuid:exp1⟧',
  onboarding: '⟦uuid:exp2⟧',
};

export const RELEASE = { version: '5.3.0', commit: '⟦git_sha⟧' };

let client: LDClient.LDClient | undefined;

export async function initFlags(userKey: string): Promise<LDClient.LDClient> {
  client = LDClient.initialize(LD_CLIENT_SIDE_ID, { kind: 'user', key: userKey });
  await client.waitForInitialization(5);
  return client;
}

export function isOn(flag: keyof typeof FLAGS): boolean {
  return client?.variation(FLAGS[flag], false) ?? false;
}
