import { Amplify } from 'aws-amplify'
import awsmobile from '../aws-exports'

/**
 * The "fieldkit-partners" app client was created as a confidential client (with a secret) for the
 * partner SSO pilot, and someone wired it into the mobile app to reuse the hosted UI.
 * A secret in a mobile binary is not a secret. Tracked in FK-371 (switch to the public client).
 */
export const PARTNER_CLIENT_ID = '⟦b64b_cognito_app_client_id:partner⟧'
export const PARTNER_CLIENT_SECRET = '⟦b64b_cognito_client_secret:partner⟧'

export function configureAmplify(usePartnerClient = false) {
  Amplify.configure({
    ...awsmobile,
    aws_user_pools_web_client_id: usePartnerClient ? PARTNER_CLIENT_ID : awsmobile.aws_user_pools_web_client_id,
  })
}

// Cognito requires SECRET_HASH = Base64(HMAC_SHA256(clientSecret, username + clientId)) for secret clients
export async function secretHash(username: string): Promise<string> {
  const enc = new TextEncoder()
  const key = await crypto.subtle.importKey('raw', enc.encode(PARTNER_CLIENT_SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const sig = await crypto.subtle.sign('HMAC', key, enc.encode(username + PARTNER_CLIENT_ID))
  return btoa(String.fromCharCode(...new Uint8Array(sig)))
}
