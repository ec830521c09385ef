import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { Resend } from 'resend';

const connection = new IORedis('rediss://default:⟦db_password:upstash⟧@eu1-sunny-gecko-38211.upstash.io:6379', {
  maxRetriesPerRequest: null,
});

const resend = new Resend('⟦resend_api_key⟧');
const POSTHOG_PERSONAL_KEY = 'phx_⟦generic_api_key_alnum40:posthog⟧';

export const emailQueue = new Queue('email', { connection });

new Worker(
  'email',
  async (job) => {
    await resend.emails.send({ from: 'hello@northwind-labs.com', to: job.data.to, subject: job.data.subject, html: job.data.html });
  },
  { connection, concurrency: 5 },
);

export async function trackDelivery(id: string) {
  await fetch('https://eu.posthog.com/api/projects/@current/events', {
    method: 'POST',
    headers: { Authorization: `Bearer ${POSTHOG_PERSONAL_KEY}` },
    body: JSON.stringify({ event: 'email_sent', properties: { id } }),
  });
}
