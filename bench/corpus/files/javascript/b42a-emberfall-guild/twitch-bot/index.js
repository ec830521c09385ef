// emberfall twitch chat bot: !raid, !discord, !uptime, sub/raid shoutouts, EventSub webhooks
// node 20, tmi.js + express. deployed on the same fly app as the discord bot.
import 'dotenv/config';
import crypto from 'node:crypto';
import express from 'express';
import tmi from 'tmi.js';

const CHANNELS = ['emberfall_tv'];

const client = new tmi.Client({
  options: { debug: process.env.NODE_ENV !== 'production' },
  identity: {
    username: 'emberfall_bot',
    // chat token from the bot account (twitchtokengenerator, chat:read chat:edit)
    password: process.env.TWITCH_OAUTH || 'oauth:⟦b39a_twitch_oauth_token:chat⟧',
  },
  channels: CHANNELS,
});

const HELIX = 'https://api.twitch.tv/helix';
const helixHeaders = {
  'Client-Id': '⟦b39c_twitch_client_id⟧',
  Authorization: `Bearer ${process.env.TWITCH_APP_TOKEN ?? '⟦b39a_twitch_oauth_token:app⟧'}`,
};

// EventSub webhook secret -- must match what we sent when creating the subscriptions
const EVENTSUB_SECRET = process.env.EVENTSUB_SECRET ?? 'emberfall-eventsub-hmac-2024-xK29';

// StreamElements JWT for the loyalty points API (!points)
const SE_JWT = process.env.SE_JWT ?? '⟦jwt_session:streamelements⟧';
const SE_CHANNEL_ID = '5f8c2a1e9d3b4c7a6e0f1d2b';

async function uptime(channel) {
  const res = await fetch(`${HELIX}/streams?user_login=${channel}`, { headers: helixHeaders });
  const { data } = await res.json();
  if (!data.length) return 'offline';
  const mins = Math.floor((Date.now() - Date.parse(data[0].started_at)) / 60000);
  return `${Math.floor(mins / 60)}h ${mins % 60}m`;
}

async function points(user) {
  const res = await fetch(`https://api.streamelements.com/kappa/v2/points/${SE_CHANNEL_ID}/${user}`, {
    headers: { Authorization: `Bearer ${SE_JWT}` },
  });
  return res.ok ? (await res.json()).points : '?';
}

client.on('message', async (channel, tags, message, self) => {
  if (self || !message.startsWith('!')) return;
  const [cmd] = message.slice(1).split(' ');
  switch (cmd.toLowerCase()) {
    case 'discord':
      return client.say(channel, 'Join us: https://discord.gg/emberfall');
    case 'uptime':
      return client.say(channel, `live for ${await uptime(channel.slice(1))}`);
    case 'points':
      return client.say(channel, `@${tags['display-name']} has ${await points(tags.username)} embers`);
    default:
  }
});

const app = express();
app.use(express.raw({ type: 'application/json' }));

app.post('/eventsub', (req, res) => {
  const id = req.get('Twitch-Eventsub-Message-Id');
  const ts = req.get('Twitch-Eventsub-Message-Timestamp');
  const sig = req.get('Twitch-Eventsub-Message-Signature');
  const hmac = 'sha256=' + crypto.createHmac('sha256', EVENTSUB_SECRET).update(id + ts + req.body).digest('hex');
  if (!crypto.timingSafeEqual(Buffer.from(hmac), Buffer.from(sig ?? ''))) return res.sendStatus(403);
  const body = JSON.parse(req.body);
  if (req.get('Twitch-Eventsub-Message-Type') === 'webhook_callback_verification') return res.send(body.challenge);
  if (body.subscription.type === 'channel.raid') {
    client.say(CHANNELS[0], `Incoming raid from ${body.event.from_broadcaster_user_name}! welcome raiders <3`);
  }
  res.sendStatus(204);
});

client.connect();
app.listen(process.env.PORT ?? 8080);
