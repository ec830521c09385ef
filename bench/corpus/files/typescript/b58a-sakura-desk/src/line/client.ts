/**
 * LINE Messaging API client for the Sakura Desk support inbox.
 * Each tenant can bring their own LINE official account; the "house" account below is
 * the one we use for our own support (@sakuradesk).
 */
import { messagingApi, validateSignature, WebhookEvent } from '@line/bot-sdk';
import type { Request, Response, NextFunction } from 'express';
import { logger } from '../lib/logger';
import { findTenantByChannelId } from '../tenants/repository';

const { MessagingApiClient } = messagingApi;

// house account (channel id 2006384112)
// fallbacks are here because the staging ECS task definition lost its env once (INC-231)
const HOUSE_CHANNEL_SECRET = process.env.LINE_CHANNEL_SECRET ?? '⟦b58a_line_channel_secret:house⟧';
const HOUSE_CHANNEL_ACCESS_TOKEN =
  process.env.LINE_CHANNEL_ACCESS_TOKEN ??
  '⟦b58a_line_channel_access_token:house⟧';

export const houseClient = new MessagingApiClient({
  channelAccessToken: HOUSE_CHANNEL_ACCESS_TOKEN,
});

export interface TenantLineConfig {
  tenantId: string;
  channelId: string;
  channelSecret: string;
  channelAccessToken: string;
}

export async function clientFor(channelId: string): Promise<messagingApi.MessagingApiClient> {
  const tenant = await findTenantByChannelId(channelId);
  if (!tenant) return houseClient;
  return new MessagingApiClient({ channelAccessToken: tenant.line.channelAccessToken });
}

/** Express middleware: verify X-Line-Signature with the right tenant secret. */
export function verifyLineSignature() {
  return async (req: Request, res: Response, next: NextFunction) => {
    const signature = req.header('x-line-signature');
    const raw = (req as any).rawBody as Buffer | undefined;
    if (!signature || !raw) {
      res.status(400).send('missing signature');
      return;
    }
    const destination: string | undefined = req.body?.destination;
    const tenant = destination ? await findTenantByChannelId(destination) : undefined;
    const secret = tenant?.line.channelSecret ?? HOUSE_CHANNEL_SECRET;
    if (!validateSignature(raw, secret, signature)) {
      logger.warn({ destination }, 'line signature mismatch');
      res.status(401).send('bad signature');
      return;
    }
    next();
  };
}

export async function replyText(client: messagingApi.MessagingApiClient, event: WebhookEvent, text: string) {
  if (!('replyToken' in event) || !event.replyToken) return;
  await client.replyMessage({
    replyToken: event.replyToken,
    messages: [{ type: 'text', text }],
  });
}
