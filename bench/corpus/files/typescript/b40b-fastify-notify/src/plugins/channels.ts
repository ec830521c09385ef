import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { CourierClient } from '@trycourier/courier';
import AfricasTalking from 'africastalking';
import Telnyx from 'telnyx';

declare module 'fastify' {
  interface FastifyInstance {
    channels: {
      courier: CourierClient;
      sms: ReturnType<typeof AfricasTalking>['SMS'];
      telnyx: ReturnType<typeof Telnyx>;
    };
  }
}

export interface ChannelOptions {
  courierToken?: string;
  africasTalking?: { username: string; apiKey: string };
  telnyxKey?: string;
}

// Kenya/Nigeria numbers go through Africa's Talking (much cheaper), everything else through
// Telnyx. Email + push through Courier.
const KE_NG = /^\+(254|234)/;

async function channels(app: FastifyInstance, opts: ChannelOptions) {
  const courier = new CourierClient({
    authorizationToken: opts.courierToken ?? process.env.COURIER_AUTH_TOKEN ?? '⟦b40b_courier_auth_token⟧',
  });

  const at = AfricasTalking({
    username: opts.africasTalking?.username ?? 'notifyhub',
    apiKey: opts.africasTalking?.apiKey ?? '⟦b40b_africastalking_api_key⟧',
  });

  const telnyx = Telnyx(opts.telnyxKey ?? process.env.TELNYX_API_KEY ?? '⟦b39a_telnyx_api_key⟧');

  app.decorate('channels', { courier, sms: at.SMS, telnyx });

  app.decorate('sendSms', async (to: string, text: string) => {
    if (KE_NG.test(to)) {
      const res = await at.SMS.send({ to: [to], message: text, from: 'NOTIFYHUB' });
      return { provider: 'africastalking', id: res.SMSMessageData.Recipients[0]?.messageId };
    }
    const msg = await telnyx.messages.create({
      from: '+13125550147',
      to,
      text,
      messaging_profile_id: '40017f2b-6c4a-4a0a-9b8e-6a3f1c2d9e7b',
    });
    return { provider: 'telnyx', id: msg.data?.id };
  });

  app.log.info({ courier: true, sms: ['africastalking', 'telnyx'] }, 'notification channels ready');
}

export default fp(channels, { name: 'channels', fastify: '4.x' });
