import { Vonage } from '@vonage/server-sdk';
import { Auth } from '@vonage/auth';
import type { OutboundSms, SmsProvider, SendResult } from './types';

// Vonage is the UK/EU fallback route. API key + secret for SMS, application + private key for
// the Messages API (WhatsApp). Values for staging are inlined until the secrets operator lands
// in the staging cluster -- see infra PR #318.
const STAGING = {
  apiKey: '⟦b42b_vonage_api_key:stg⟧',
  apiSecret: '⟦vonage_api_secret:stg⟧',
  applicationId: '⟦uuid:vonage-app⟧',
  privateKey: `⟦pem_rsa_pkcs8:vonage-app⟧`,
};

const credentials = new Auth(
  process.env.NODE_ENV === 'production'
    ? {
        apiKey: process.env.VONAGE_API_KEY!,
        apiSecret: process.env.VONAGE_API_SECRET!,
        applicationId: process.env.VONAGE_APPLICATION_ID!,
        privateKey: process.env.VONAGE_PRIVATE_KEY_PATH!,
      }
    : STAGING,
);

const vonage = new Vonage(credentials);

export class VonageProvider implements SmsProvider {
  readonly name = 'vonage';

  async send(msg: OutboundSms): Promise<SendResult> {
    const from = msg.senderId ?? 'Relaybird';
    const resp = await vonage.sms.send({ to: msg.to.replace(/^\+/, ''), from, text: msg.body });
    const first = resp.messages[0];
    if (first.status !== '0') {
      return { ok: false, retryable: first.status === '1', error: first['error-text'] };
    }
    return { ok: true, providerId: first['message-id'] };
  }
}
