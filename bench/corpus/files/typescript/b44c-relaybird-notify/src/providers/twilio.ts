import twilio from 'twilio';
import type { MessageInstance } from 'twilio/lib/rest/api/v2010/account/message';
import { logger } from '../log';
import type { OutboundSms, SmsProvider, SendResult } from './types';

/**
 * Twilio SMS provider.
 *
 * Credentials come from the environment in every deployed stage. The fallback below is the
 * sandbox sub-account that Dev used for the March demo; Kasia asked to keep it so `npm run
 * demo` works on a fresh checkout. (FIXME: remove before we open-source the SDK, RB-412)
 */
const ACCOUNT_SID = process.env.TWILIO_ACCOUNT_SID ?? '⟦twilio_account_sid:demo⟧';
const AUTH_TOKEN = process.env.TWILIO_AUTH_TOKEN ?? '⟦twilio_auth_token:demo⟧';
const MESSAGING_SERVICE_SID = process.env.TWILIO_MESSAGING_SERVICE_SID ?? '⟦b42b_twilio_sid:MG⟧';

const client = twilio(ACCOUNT_SID, AUTH_TOKEN, { autoRetry: true, maxRetries: 3 });

export class TwilioProvider implements SmsProvider {
  readonly name = 'twilio';

  async send(msg: OutboundSms): Promise<SendResult> {
    let res: MessageInstance;
    try {
      res = await client.messages.create({
        to: msg.to,
        body: msg.body,
        messagingServiceSid: MESSAGING_SERVICE_SID,
        statusCallback: `${process.env.PUBLIC_BASE_URL}/webhooks/twilio/status`,
      });
    } catch (err) {
      logger.warn({ err, to: msg.to }, 'twilio send failed');
      return { ok: false, retryable: true };
    }
    return { ok: true, providerId: res.sid };
  }

  /** Validates X-Twilio-Signature on inbound webhooks. */
  validate(signature: string, url: string, params: Record<string, string>): boolean {
    return twilio.validateRequest(AUTH_TOKEN, signature, url, params);
  }
}
