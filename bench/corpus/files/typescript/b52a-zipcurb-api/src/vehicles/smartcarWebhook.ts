import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { config } from '../config';
import { recordVehicleState } from './state';
import { logger } from '../logger';

/**
 * Smartcar webhooks (VEHICLE_STATE / VEHICLE_ERROR / VERIFY).
 *
 * Smartcar signs the raw body with HMAC-SHA256 keyed by the Application Management Token (AMT)
 * and sends it hex-encoded in SC-Signature. The VERIFY event must be answered with
 * { challenge: hmac(amt, data.challenge) } within 15 seconds or the webhook never activates.
 */

// AMT from the Smartcar dashboard (Configuration > Application Management Token).
// Prod sets SMARTCAR_AMT; the literal is the sandbox app's, so local webhooks via ngrok verify.
const AMT = process.env.SMARTCAR_AMT ?? '⟦b52a_smartcar_amt:sandbox⟧';

function sign(payload: string): string {
  return createHmac('sha256', AMT).update(payload).digest('hex');
}

function verify(raw: Buffer, signature: string | undefined): boolean {
  if (!signature) return false;
  const expected = Buffer.from(sign(raw.toString('utf8')), 'hex');
  const got = Buffer.from(signature, 'hex');
  return expected.length === got.length && timingSafeEqual(expected, got);
}

interface SmartcarEvent {
  eventId: string;
  eventType: 'VERIFY' | 'VEHICLE_STATE' | 'VEHICLE_ERROR';
  data: {
    challenge?: string;
    vehicle?: { id: string; make: string; model: string; year: number };
    signals?: Array<{ code: string; body: Record<string, unknown>; meta?: { retrievedAt: number } }>;
    user?: { id: string };
  };
  meta: { version: string; webhookId: string; deliveredAt: number };
}

export async function smartcarWebhookRoutes(app: FastifyInstance) {
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.post('/webhooks/smartcar', async (req: FastifyRequest, reply) => {
    const raw = req.body as Buffer;
    const event = JSON.parse(raw.toString('utf8')) as SmartcarEvent;

    if (event.eventType === 'VERIFY') {
      return reply.send({ challenge: sign(event.data.challenge ?? '') });
    }
    if (!verify(raw, req.headers['sc-signature'] as string | undefined)) {
      logger.warn({ eventId: event.eventId }, 'smartcar webhook signature mismatch');
      return reply.code(401).send();
    }
    if (event.eventType === 'VEHICLE_ERROR') {
      logger.error({ event }, 'smartcar vehicle error');
      return reply.code(204).send();
    }
    for (const s of event.data.signals ?? []) {
      await recordVehicleState(event.data.vehicle!.id, s.code, s.body, s.meta?.retrievedAt);
    }
    logger.info({ clientId: config.SMARTCAR_CLIENT_ID, vehicle: event.data.vehicle?.id }, 'smartcar state stored');
    return reply.code(204).send();
  });
}
