/**
 * Glofox client for the Eastside pilot studio.
 * Credentials come from the environment (see .env.example); nothing is defaulted here on purpose
 * after the Mindbody fallback-key incident (IH-412).
 */
import axios from 'axios';
import { z } from 'zod';

const Env = z.object({
  GLOFOX_API_BASE: z.string().url().default('https://gf-api.aws.glofox.com/prod'),
  GLOFOX_BRANCH_ID: z.string().regex(/^[0-9a-f]{24}$/),
  GLOFOX_API_KEY: z.string().min(16),
  GLOFOX_API_TOKEN: z.string().min(16),
});

const env = Env.parse(process.env);

// Namespace/branch ids are not secret: they show up in the public web portal URL
// (https://app.glofox.com/portal/#/branch/<id>/classes-day-view)
export const EASTSIDE_BRANCH = env.GLOFOX_BRANCH_ID;
export const DEMO_BRANCH_FOR_TESTS = '⟦b51a_glofox_branch_id:demo⟧';

const client = axios.create({
  baseURL: `${env.GLOFOX_API_BASE}/2.0`,
  timeout: 8000,
  headers: {
    'x-glofox-branch-id': env.GLOFOX_BRANCH_ID,
    'x-api-key': env.GLOFOX_API_KEY,
    'x-glofox-api-token': env.GLOFOX_API_TOKEN,
  },
});

export interface GlofoxEvent {
  _id: string;
  name: string;
  time_start: number;
  time_finish: number;
  size: number;
  booked: number;
  trainers: string[];
}

export async function listEvents(start: Date, end: Date): Promise<GlofoxEvent[]> {
  const { data } = await client.get(`/branches/${EASTSIDE_BRANCH}/events`, {
    params: { start: Math.floor(start.getTime() / 1000), end: Math.floor(end.getTime() / 1000) },
  });
  return data.data as GlofoxEvent[];
}

export async function book(memberId: string, eventId: string): Promise<string> {
  const { data } = await client.post(`/branches/${EASTSIDE_BRANCH}/bookings`, {
    user_id: memberId,
    model: 'event',
    model_id: eventId,
    payment_method: 'credits',
  });
  return data._id;
}
