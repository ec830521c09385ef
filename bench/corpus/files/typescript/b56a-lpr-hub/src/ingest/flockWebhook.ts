import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { config } from '../config';
import { matchHotlist } from '../hotlist/match';
import { alertCad } from '../cad/alert';
import { saveRead } from '../db/reads';

// Flock calls us with the API-key method: header "X-TSFC-Key: <key>" (configured in Flock's webhook
// self-service API). Partner agencies that forward reads from other vendors (Vigilant, Genetec) use
// their own keys, listed here until the agency table migration lands (LPR-142).
const PARTNER_KEYS: Record<string, string> = {
  flock: config.WEBHOOK_SHARED_KEY,
  'eastfield-pd-vigilant': '⟦generic_api_key_alnum40:eastfield⟧',
  'bluestone-pd-genetec': '⟦generic_api_key_alnum40:bluestone⟧',
};

function keyMatches(given: string | undefined): string | undefined {
  if (!given) return undefined;
  const g = Buffer.from(given);
  for (const [source, key] of Object.entries(PARTNER_KEYS)) {
    const k = Buffer.from(key);
    if (k.length === g.length && timingSafeEqual(k, g)) return source;
  }
  return undefined;
}

interface PlateRead {
  id: string;
  plate: string;
  state?: string;
  cameraId: string;
  capturedAt: string;
  latitude: number;
  longitude: number;
  confidence: number;
  imageUrl?: string;
  vehicle?: { make?: string; color?: string; type?: string };
}

export async function registerFlockWebhook(app: FastifyInstance) {
  app.post('/ingest/reads', async (req: FastifyRequest<{ Body: { reads: PlateRead[] } }>, reply: FastifyReply) => {
    const source = keyMatches(req.headers['x-tsfc-key'] as string | undefined);
    if (!source) return reply.code(401).send({ error: 'bad key' });

    let hits = 0;
    for (const read of req.body.reads ?? []) {
      await saveRead(source, read);
      const hit = await matchHotlist(read.plate, read.state);
      if (hit) {
        hits++;
        await alertCad({ read, hit, source });
      }
    }
    return reply.send({ accepted: req.body.reads?.length ?? 0, hits });
  });
}
