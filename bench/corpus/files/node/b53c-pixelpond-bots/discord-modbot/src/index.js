'use strict';
// Pixelpond moderation bot. Config: config.json for ids; secrets come from the environment
// (systemd EnvironmentFile on the VPS, GitHub Actions secrets in CI). See README.
const { Client, GatewayIntentBits, Partials, Events, EmbedBuilder } = require('discord.js');
const config = require('../config.json');
const { scoreToxicity } = require('./services/perspective');

const token = process.env.DISCORD_TOKEN;
if (!token) {
  console.error('DISCORD_TOKEN is not set (did you forget `source .env`?)');
  process.exit(1);
}

const client = new Client({
  intents: [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMembers,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.MessageContent,
  ],
  partials: [Partials.Message, Partials.Channel],
});

const recent = new Map(); // userId -> [{ content, at }]

function isStaff(member) {
  return member?.roles.cache.some((r) => config.staffRoleIds.includes(r.id));
}

async function modlog(guild, embed) {
  const ch = await guild.channels.fetch(config.modLogChannelId).catch(() => null);
  if (ch) await ch.send({ embeds: [embed] });
}

client.once(Events.ClientReady, (c) => {
  console.log(`ready as ${c.user.tag} in ${c.guilds.cache.size} guild(s)`);
});

client.on(Events.MessageCreate, async (msg) => {
  if (msg.author.bot || !msg.guild || isStaff(msg.member)) return;

  const links = msg.content.match(/https?:\/\/[^\s]+/g) || [];
  if (links.some((l) => config.automod.blockedDomains.some((d) => l.includes(d)))) {
    await msg.delete().catch(() => {});
    await msg.member.timeout(60 * 60 * 1000, 'scam link').catch(() => {});
    return modlog(msg.guild, new EmbedBuilder().setTitle('Scam link removed').setDescription(`${msg.author} in ${msg.channel}`).setColor(0xe74c3c));
  }

  if (msg.mentions.users.size > config.automod.maxMentions) {
    await msg.delete().catch(() => {});
    return modlog(msg.guild, new EmbedBuilder().setTitle('Mass mention').setDescription(`${msg.author}`).setColor(0xe67e22));
  }

  const history = (recent.get(msg.author.id) || []).filter((m) => Date.now() - m.at < 30_000);
  history.push({ content: msg.content, at: Date.now() });
  recent.set(msg.author.id, history);
  if (history.filter((m) => m.content === msg.content).length >= config.automod.maxDuplicateMessages) {
    await msg.member.timeout(10 * 60 * 1000, 'spam').catch(() => {});
  }

  if (config.perspective.enabled && msg.content.length > 12) {
    const score = await scoreToxicity(msg.content).catch(() => 0);
    if (score >= config.perspective.threshold) {
      await modlog(msg.guild, new EmbedBuilder().setTitle(`Toxicity ${score.toFixed(2)}`).setDescription(`${msg.author} in ${msg.channel}: ${msg.url}`).setColor(0xf1c40f));
    }
  }
});

client.login(token);
