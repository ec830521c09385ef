const { Client, GatewayIntentBits, Events } = require('discord.js');

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });
const OWNER_ID = '203948571029384756';

client.once(Events.ClientReady, (c) => console.log(`Ready as ${c.user.tag}`));

client.on(Events.MessageCreate, async (msg) => {
  if (msg.content === '!ping') await msg.reply('pong');
  if (msg.content === '!weather') {
    const res = await fetch('https://api.openweathermap.org/data/2.5/weather?q=Oslo&appid=⟦openweathermap_key⟧');
    await msg.reply(`${(await res.json()).main.temp} K`);
  }
});

client.login('⟦discord_bot_token⟧');
