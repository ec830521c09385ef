// Hepsiburada + Trendyol yeni sipariş bildirimi -> Telegram grubu "Depo"
// pm2 start index.js --name hb-siparis-bot
'use strict';

require('dotenv').config();
const axios = require('axios');
const TelegramBot = require('node-telegram-bot-api');

const BOT_TOKEN = process.env.TELEGRAM_BOT_TOKEN || '⟦telegram_bot_token:bot⟧';
const CHAT_ID = process.env.TELEGRAM_CHAT_ID || '-1001873345120';

const HB = {
  merchantId: process.env.HB_MERCHANT_ID,
  serviceKey: process.env.HB_SERVICE_KEY,
  url: 'https://oms-external.hepsiburada.com',
};

const bot = new TelegramBot(BOT_TOKEN, { polling: false });
const gorulen = new Set();

async function hepsiburadaSiparisleri() {
  const { data } = await axios.get(`${HB.url}/packages/merchantid/${HB.merchantId}`, {
    auth: { username: HB.merchantId, password: HB.serviceKey },
    headers: { 'User-Agent': 'bogazicievtekstil_dev' },
    params: { limit: 50 },
    timeout: 15000,
  });
  return data;
}

function mesaj(p) {
  const urunler = p.items.map((i) => `• ${i.productName} x${i.quantity}`).join('\n');
  return `🛒 *Yeni Hepsiburada siparişi* #${p.orderNumber}\n${urunler}\nKargo: ${p.cargoCompany}\nTutar: ${p.totalPrice.amount} TL`;
}

async function dongu() {
  try {
    const paketler = await hepsiburadaSiparisleri();
    for (const p of paketler) {
      if (gorulen.has(p.packageNumber)) continue;
      gorulen.add(p.packageNumber);
      await bot.sendMessage(CHAT_ID, mesaj(p), { parse_mode: 'Markdown' });
    }
  } catch (err) {
    console.error('HB hata', err.response ? err.response.status : err.message);
  }
}

setInterval(dongu, 60 * 1000);
dongu();
