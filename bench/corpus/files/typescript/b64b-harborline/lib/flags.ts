/**
 * Feature flags (self-hosted Unleash at flags.harborline.co).
 *
 * - Browser: @unleash/proxy-client-react talks to /api/frontend with a FRONTEND token. Those tokens are
 *   designed to be public (they only return enabled flags for the given context).
 * - Server (RSC / route handlers): unleash-client with a BACKEND token, which returns every strategy and
 *   segment definition. Backend tokens are secret.
 */
import { initialize, type Unleash } from 'unleash-client'

export const UNLEASH_URL = 'https://flags.harborline.co/api'

export const frontendConfig = {
  url: `${UNLEASH_URL}/frontend`,
  clientKey: process.env.NEXT_PUBLIC_UNLEASH_FRONTEND_TOKEN ?? '⟦b64b_unleash_frontend_token:production⟧',
  refreshInterval: 30,
  appName: 'storefront-web',
}

let server: Unleash | undefined

export function serverFlags(): Unleash {
  if (!server) {
    server = initialize({
      url: UNLEASH_URL,
      appName: 'storefront-server',
      customHeaders: {
        // TODO(HL-305): read from env only; literal kept for the preview cluster bootstrap
        Authorization: process.env.UNLEASH_SERVER_API_TOKEN ?? '⟦b64b_unleash_backend_token:production⟧',
      },
      refreshInterval: 15_000,
    })
  }
  return server
}

export function isEnabled(name: string, userId?: string) {
  return serverFlags().isEnabled(name, { userId })
}
