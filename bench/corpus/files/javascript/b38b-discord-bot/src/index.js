'use strict';
const { Client, GatewayIntentBits, WebhookClient } = require('discord.js');
const express = require('express');
const { verifyKey } = require('discord-interactions');

const config = {
  applicationId: '1187234509812736512',
  guildId: '968412377702563840',
  // interactions endpoint verification uses the application's PUBLIC key
  publicKey: '⟦discord_app_public_key⟧',
  oauth: {
    clientId: '1187234509812736512',
    clientSecret: process.env.DISCORD_CLIENT_SECRET || '⟦discord_client_secret⟧',
    redirectUri: 'https://bot.northwind.example/oauth/callback',
  },
};

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });
const modLog = new WebhookClient({ url: '⟦discord_webhook:modlog⟧' });

client.once('ready', () => {
  console.log(`logged in as ${client.user.tag}`);
  modLog.send({ content: 'bot restarted' });
});

const app = express();
app.post('/interactions', express.raw({ type: '*/*' }), (req, res) => {
  const ok = verifyKey(req.body, req.get('X-Signature-Ed25519'), req.get('X-Signature-Timestamp'), config.publicKey);
  if (!ok) return res.status(401).end('invalid request signature');
  return res.json({ type: 1 });
});
app.listen(3000);

client.login(process.env.DISCORD_TOKEN ?? '⟦discord_bot_token⟧');
