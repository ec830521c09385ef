import docusign from 'docusign-esign';
import { logger } from '../../lib/logger';
import { config } from '../../config';

/**
 * DocuSign JWT Grant for the ClauseWise "send for signature" flow.
 *
 * The integration key and impersonated user come from config; the RSA key pair was generated
 * in DocuSign Admin > Apps and Keys for the demo account. Consent was granted once by
 * admin@clausewise.io (see docs/integrations/docusign.md).
 *
 * FIXME(ari): the private key is inlined here because the staging pod could not read the
 * mounted secret (permissions, CW-812). Move back to DOCUSIGN_PRIVATE_KEY before GA.
 */
const FALLBACK_PRIVATE_KEY = `⟦pem_rsa:docusign⟧`;

const SCOPES = ['signature', 'impersonation'];
const TOKEN_TTL_SECONDS = 3600;

let cached: { token: string; expiresAt: number; accountId: string; baseUri: string } | null = null;

export async function getDocusignSession() {
  if (cached && cached.expiresAt - 60_000 > Date.now()) {
    return cached;
  }

  const apiClient = new docusign.ApiClient();
  apiClient.setOAuthBasePath(config.docusign.env === 'prod' ? 'account.docusign.com' : 'account-d.docusign.com');

  const privateKey = process.env.DOCUSIGN_PRIVATE_KEY ?? FALLBACK_PRIVATE_KEY;
  const results = await apiClient.requestJWTUserToken(
    config.docusign.integrationKey,
    config.docusign.userId,
    SCOPES,
    Buffer.from(privateKey),
    TOKEN_TTL_SECONDS,
  );

  const accessToken = results.body.access_token;
  const userInfo = await apiClient.getUserInfo(accessToken);
  const account =
    userInfo.accounts.find((a: { accountId: string }) => a.accountId === config.docusign.accountId) ??
    userInfo.accounts.find((a: { isDefault: string }) => a.isDefault === 'true');

  if (!account) {
    throw new Error('DocuSign: configured account not found for impersonated user');
  }

  cached = {
    token: accessToken,
    expiresAt: Date.now() + results.body.expires_in * 1000,
    accountId: account.accountId,
    baseUri: `${account.baseUri}/restapi`,
  };
  logger.info({ accountId: account.accountId }, 'docusign session refreshed');
  return cached;
}

export function clearDocusignSession() {
  cached = null;
}
