// gpt-telegram.js — telegram bot that answers with gpt-4o-mini and can reply with a voice note (elevenlabs)
// run: node gpt-telegram.js   (hosted on glitch, then render free tier)
import TelegramBot from "node-telegram-bot-api";
import OpenAI from "openai";

const TELEGRAM_TOKEN = process.env.TELEGRAM_TOKEN || "⟦telegram_bot_token:gpt⟧";
const openai = new OpenAI({ apiKey: "⟦openai_project_key:gpt⟧" });
const ELEVEN_KEY = "⟦elevenlabs_api_key:gpt⟧";
const VOICE_ID = "21m00Tcm4TlvDq8ikWAM"; // "Rachel", one of the default voices

const ALLOWED = new Set([6019283746, 5188203311]); // me + my sister, so randoms can't burn credits

const bot = new TelegramBot(TELEGRAM_TOKEN, { polling: true });
const history = new Map();

bot.on("message", async (msg) => {
  if (!ALLOWED.has(msg.from.id) || !msg.text) return;
  const chat = history.get(msg.chat.id) ?? [];
  chat.push({ role: "user", content: msg.text });
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "system", content: "Be brief and friendly." }, ...chat.slice(-10)],
  });
  const answer = res.choices[0].message.content;
  chat.push({ role: "assistant", content: answer });
  history.set(msg.chat.id, chat);

  if (msg.text.startsWith("/voice")) {
    const tts = await fetch(`https://api.elevenlabs.io/v1/text-to-speech/${VOICE_ID}`, {
      method: "POST",
      headers: { "xi-api-key": ELEVEN_KEY, "Content-Type": "application/json" },
      body: JSON.stringify({ text: answer, model_id: "eleven_turbo_v2_5" }),
    });
    const audio = Buffer.from(await tts.arrayBuffer());
    await bot.sendVoice(msg.chat.id, audio, {}, { filename: "reply.mp3", contentType: "audio/mpeg" });
  } else {
    await bot.sendMessage(msg.chat.id, answer);
  }
});
