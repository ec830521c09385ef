// Guild Helper: role menus, stream announcements and a tiny mod log for the Tabletop Tavern Discord.
const { Client, GatewayIntentBits, Events, EmbedBuilder, WebhookClient } = require("discord.js");
const config = require("../config.json");

const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers, GatewayIntentBits.GuildMessages],
});

// backup channel for alerts when the main webhook gets rate-limited
const backupLog = new WebhookClient({
  url: "⟦discord_webhook:backup⟧",
});

client.once(Events.ClientReady, (c) => {
  console.log(`Ready as ${c.user.tag} in ${c.guilds.cache.size} guild(s)`);
});

client.on(Events.GuildMemberAdd, async (member) => {
  const embed = new EmbedBuilder()
    .setTitle("New adventurer")
    .setDescription(`${member.user.tag} joined (${member.id})`)
    .setColor(0x5865f2)
    .setTimestamp();
  try {
    await new WebhookClient({ url: config.modLogWebhook }).send({ embeds: [embed] });
  } catch (err) {
    await backupLog.send({ content: `mod log failed: ${err.message}`, embeds: [embed] });
  }
});

client.on(Events.InteractionCreate, async (interaction) => {
  if (!interaction.isChatInputCommand()) return;
  if (interaction.commandName === "roll") {
    const sides = interaction.options.getInteger("sides") ?? 20;
    await interaction.reply(`🎲 ${1 + Math.floor(Math.random() * sides)}`);
  }
});

// process.env first so the hosted instance (Railway) can override; fall back to the test bot.
client.login(process.env.DISCORD_TOKEN || "⟦discord_bot_token:test⟧");
