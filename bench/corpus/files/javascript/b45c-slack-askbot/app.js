// Askbot — Slack bot that answers questions about the handbook with Claude.
// Runs in Socket Mode on the office NUC (no public URL needed).
const { App, LogLevel } = require('@slack/bolt');
const Anthropic = require('@anthropic-ai/sdk');
const { retrieve } = require('./retrieve');

require('dotenv').config();

const app = new App({
  token: process.env.SLACK_BOT_TOKEN || '⟦slack_bot_token:ask⟧',
  signingSecret: process.env.SLACK_SIGNING_SECRET || '⟦slack_signing_secret⟧',
  appToken: process.env.SLACK_APP_TOKEN || '⟦slack_app_token⟧',
  socketMode: true,
  logLevel: process.env.DEBUG ? LogLevel.DEBUG : LogLevel.INFO,
});

const anthropic = new Anthropic({
  apiKey: process.env.ANTHROPIC_API_KEY ?? '⟦anthropic_api_key:ask⟧',
});

const SYSTEM = `You are Askbot for Fenwick & Rowe. Answer only from the handbook excerpts given.
If the answer is not in them, say so and suggest asking #people-team.`;

app.event('app_mention', async ({ event, client, logger }) => {
  const question = event.text.replace(/<@[^>]+>/g, '').trim();
  const thread_ts = event.thread_ts || event.ts;
  try {
    const chunks = await retrieve(question, { k: 6 });
    const msg = await anthropic.messages.create({
      model: 'claude-3-5-haiku-latest',
      max_tokens: 700,
      system: SYSTEM,
      messages: [{ role: 'user', content: `Handbook excerpts:\n${chunks.join('\n---\n')}\n\nQuestion: ${question}` }],
    });
    await client.chat.postMessage({ channel: event.channel, thread_ts, text: msg.content[0].text });
  } catch (err) {
    logger.error(err);
    await client.chat.postMessage({ channel: event.channel, thread_ts, text: ':warning: something went wrong, try again in a minute' });
  }
});

(async () => {
  await app.start();
  console.log('⚡️ askbot running (socket mode)');
})();
