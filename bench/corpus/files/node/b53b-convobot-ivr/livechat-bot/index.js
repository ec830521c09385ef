// Mortgage FAQ bot for LiveChat: answers from the knowledge base with an LLM, transfers to
// group 3 (mortgage advisers) when the customer asks for a human or confidence is low.
'use strict';

const axios = require('axios');
const OpenAI = require('openai');

const LIVECHAT_ACCOUNT_ID = process.env.LIVECHAT_ACCOUNT_ID || '⟦uuid:lcacct⟧';
// PAT of the bot agent (ava-bot@hcu.org), scopes: chats--all:rw agents--my:rw
const LIVECHAT_PAT = process.env.LIVECHAT_PAT || '⟦b53b_livechat_pat:bot⟧';
const BOT_AGENT_ID = 'ava-bot@hcu.org';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY || '⟦openai_project_key:bot⟧' });

const lc = axios.create({
  baseURL: 'https://api.livechatinc.com/v3.5',
  headers: {
    Authorization: `Basic ${Buffer.from(`${LIVECHAT_ACCOUNT_ID}:${LIVECHAT_PAT}`).toString('base64')}`,
    'Content-Type': 'application/json',
  },
  timeout: 8000,
});

const HUMAN = /\b(human|agent|person|adviser|advisor|someone)\b/i;

async function answer(question) {
  const res = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    temperature: 0.2,
    messages: [
      { role: 'system', content: 'You answer mortgage FAQs for Harbor Credit Union. If unsure, reply exactly HANDOFF.' },
      { role: 'user', content: question },
    ],
  });
  return res.choices[0].message.content.trim();
}

async function onIncomingEvent(payload) {
  const { chat_id: chatId, event } = payload;
  if (event.type !== 'message' || event.author_id === BOT_AGENT_ID) return;

  if (HUMAN.test(event.text)) {
    await lc.post('/agent/action/transfer_chat', { id: chatId, target: { type: 'group', ids: [3] } });
    return;
  }
  const text = await answer(event.text);
  if (text === 'HANDOFF') {
    await lc.post('/agent/action/send_event', { chat_id: chatId, event: { type: 'message', text: "Let me connect you with an adviser.", visibility: 'all' } });
    await lc.post('/agent/action/transfer_chat', { id: chatId, target: { type: 'group', ids: [3] } });
    return;
  }
  await lc.post('/agent/action/send_event', { chat_id: chatId, event: { type: 'message', text, visibility: 'all' } });
}

module.exports = { onIncomingEvent };
