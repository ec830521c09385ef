// kevbot v1 (the JS version before I rewrote it in python). keeping it for the music commands.
const { Client, GatewayIntentBits, REST, Routes, SlashCommandBuilder } = require('discord.js');
const { joinVoiceChannel, createAudioPlayer, createAudioResource } = require('@discordjs/voice');
const play = require('play-dl');

const APP_ID = '⟦b42a_discord_snowflake:app⟧';
const PUBLIC_KEY = '⟦discord_app_public_key:app⟧'; // only needed for the interactions endpoint on glitch
const GUILD = '1094418520139202560';

const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildVoiceStates, GatewayIntentBits.GuildMessages],
});

const commands = [
  new SlashCommandBuilder().setName('play').setDescription('play a song').addStringOption((o) =>
    o.setName('query').setDescription('youtube url or search').setRequired(true)),
  new SlashCommandBuilder().setName('stop').setDescription('stop the music'),
].map((c) => c.toJSON());

const players = new Map();

client.once('ready', async () => {
  console.log(`ready as ${client.user.tag}`);
  const rest = new REST({ version: '10' }).setToken(client.token);
  await rest.put(Routes.applicationGuildCommands(APP_ID, GUILD), { body: commands });
});

client.on('interactionCreate', async (interaction) => {
  if (!interaction.isChatInputCommand()) return;
  const vc = interaction.member?.voice?.channel;
  if (interaction.commandName === 'play') {
    if (!vc) return interaction.reply({ content: 'join a voice channel first', ephemeral: true });
    await interaction.deferReply();
    const q = interaction.options.getString('query');
    const [video] = await play.search(q, { limit: 1 });
    const stream = await play.stream(video.url);
    const conn = joinVoiceChannel({ channelId: vc.id, guildId: vc.guild.id, adapterCreator: vc.guild.voiceAdapterCreator });
    const player = players.get(vc.guild.id) ?? createAudioPlayer();
    players.set(vc.guild.id, player);
    player.play(createAudioResource(stream.stream, { inputType: stream.type }));
    conn.subscribe(player);
    return interaction.editReply(`🎶 now playing **${video.title}**`);
  }
  if (interaction.commandName === 'stop') {
    players.get(interaction.guildId)?.stop();
    return interaction.reply('⏹️ stopped');
  }
});

client.login('⟦discord_bot_token:js⟧');
