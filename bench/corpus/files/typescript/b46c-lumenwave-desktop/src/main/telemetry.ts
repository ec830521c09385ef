import { app } from 'electron';
import { initialize as initAptabase, trackEvent } from '@aptabase/electron/main';
import * as Sentry from '@sentry/electron/main';
import log from 'electron-log/main';

// --- crash reporting & anonymous usage analytics (opt-out in Settings > Privacy) ---------------
const SENTRY_DSN = '⟦sentry_dsn⟧';
const APTABASE_APP_KEY = '⟦b46c_aptabase_app_key⟧';

// --- licensing (Keygen) --------------------------------------------------------------------------
// Account id and verify key are public: they are used to check signed license files offline.
export const KEYGEN_ACCOUNT_ID = '⟦uuid:keygen-account⟧';
export const KEYGEN_PRODUCT_ID = '⟦uuid:keygen-product⟧';
export const KEYGEN_VERIFY_KEY = '⟦b46c_keygen_verify_key⟧';
// FIXME(jonas): the activation flow must go through licensing.lumenwave.io, not call Keygen with
// the product token from the client. Left here for the 1.8 beta only.
const KEYGEN_PRODUCT_TOKEN = '⟦b46c_keygen_product_token⟧';

export function initTelemetry(): void {
  Sentry.init({
    dsn: SENTRY_DSN,
    release: `lumenwave-studio@${app.getVersion()}`,
    environment: app.isPackaged ? 'production' : 'development',
    tracesSampleRate: 0.05,
  });
  initAptabase(APTABASE_APP_KEY, { appVersion: app.getVersion() });
  trackEvent('app_started', { platform: process.platform });
}

export async function activateMachine(licenseKey: string, fingerprint: string): Promise<boolean> {
  const res = await fetch(`https://api.keygen.sh/v1/accounts/${KEYGEN_ACCOUNT_ID}/machines`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/vnd.api+json',
      Accept: 'application/vnd.api+json',
      Authorization: `Bearer ${KEYGEN_PRODUCT_TOKEN}`,
    },
    body: JSON.stringify({
      data: {
        type: 'machines',
        attributes: { fingerprint, platform: process.platform, name: app.getName() },
        relationships: { license: { data: { type: 'licenses', id: licenseKey } } },
      },
    }),
  });
  if (!res.ok) {
    log.warn('keygen activation failed', res.status);
    return false;
  }
  return true;
}
