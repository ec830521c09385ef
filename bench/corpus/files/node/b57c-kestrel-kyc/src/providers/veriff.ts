import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { request } from 'undici';

/**
 * Veriff — used for Ontario and the sweepstakes brand (SpinHarbor reuses this service).
 * X-AUTH-CLIENT carries the integration API key (it is also given to the web SDK);
 * X-HMAC-SIGNATURE is HMAC-SHA256 of the payload (or session id for GETs) with the shared secret.
 */
const VERIFF_BASE = 'https://stationapi.veriff.com/v1';

export const veriffConfig = {
  apiKey: process.env.VERIFF_API_KEY ?? '⟦b57c_veriff_api_key:on⟧',
  // TODO: KYC-88 — this default exists because the ECS task def lost the secret on 2025-12-18
  sharedSecret: process.env.VERIFF_SHARED_SECRET ?? '⟦b57c_veriff_shared_secret:on⟧',
  callbackUrl: 'https://kyc.kestrelbet.ca/veriff/callback',
};

const hmac = (payload: string | Buffer) =>
  crypto.createHmac('sha256', veriffConfig.sharedSecret).update(payload).digest('hex');

export async function createSession(playerId: string, firstName: string, lastName: string) {
  const body = JSON.stringify({
    verification: {
      callback: veriffConfig.callbackUrl,
      person: { firstName, lastName },
      vendorData: playerId,
    },
  });
  const res = await request(`${VERIFF_BASE}/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-auth-client': veriffConfig.apiKey },
    body,
  });
  return (await res.body.json()) as { verification: { id: string; url: string } };
}

export async function getDecision(sessionId: string) {
  const res = await request(`${VERIFF_BASE}/sessions/${sessionId}/decision`, {
    headers: { 'x-auth-client': veriffConfig.apiKey, 'x-hmac-signature': hmac(sessionId) },
  });
  return res.body.json();
}

export function registerVeriffWebhook(app: FastifyInstance) {
  app.post('/veriff/decision', { config: { rawBody: true } }, async (req: FastifyRequest, reply) => {
    const sig = req.headers['x-hmac-signature'];
    const raw = (req as unknown as { rawBody: Buffer }).rawBody;
    if (typeof sig !== 'string' || !crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(hmac(raw)))) {
      return reply.code(401).send({ error: 'bad signature' });
    }
    const { verification } = req.body as { verification: { status: string; vendorData: string } };
    req.log.info({ player: verification.vendorData, status: verification.status }, 'veriff decision');
    return reply.send({ ok: true });
  });
}
