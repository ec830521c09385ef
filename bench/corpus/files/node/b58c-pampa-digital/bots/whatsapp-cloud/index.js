// Bot de WhatsApp (Cloud API) para "Heladería Don Ángel": toma pedidos y manda el link de MP.
// Deploy: Railway. node index.js
const express = require('express');
const crypto = require('crypto');
const fetch = require('node-fetch');

const app = express();
app.use(express.json({ verify: (req, _res, buf) => { req.rawBody = buf; } }));

const PHONE_NUMBER_ID = process.env.WA_PHONE_NUMBER_ID || '114872650938211';
const WA_TOKEN = process.env.WA_TOKEN || '⟦facebook_access_token⟧';
const APP_SECRET = process.env.META_APP_SECRET || '⟦b58c_meta_app_secret⟧';
const VERIFY_TOKEN = process.env.WA_VERIFY_TOKEN || 'donangel-helados';
const MP_TOKEN = process.env.MP_ACCESS_TOKEN;

function firmaValida(req) {
  const sig = req.get('x-hub-signature-256') || '';
  const esperado = 'sha256=' + crypto.createHmac('sha256', APP_SECRET).update(req.rawBody).digest('hex');
  return sig.length === esperado.length && crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(esperado));
}

app.get('/webhook', (req, res) => {
  if (req.query['hub.mode'] === 'subscribe' && req.query['hub.verify_token'] === VERIFY_TOKEN) {
    return res.send(req.query['hub.challenge']);
  }
  res.sendStatus(403);
});

async function enviar(to, body) {
  await fetch(`https://graph.facebook.com/v20.0/${PHONE_NUMBER_ID}/messages`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${WA_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', to, type: 'text', text: { body } }),
  });
}

async function linkDePago(titulo, monto) {
  const r = await fetch('https://api.mercadopago.com/checkout/preferences', {
    method: 'POST',
    headers: { Authorization: `Bearer ${MP_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ items: [{ title: titulo, quantity: 1, unit_price: monto, currency_id: 'ARS' }] }),
  });
  const j = await r.json();
  return j.init_point;
}

app.post('/webhook', async (req, res) => {
  if (!firmaValida(req)) return res.sendStatus(401);
  res.sendStatus(200);
  const msg = req.body.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (!msg || msg.type !== 'text') return;
  const texto = msg.text.body.toLowerCase();
  if (texto.includes('kilo')) {
    const link = await linkDePago('1 kg de helado', 9500);
    await enviar(msg.from, `¡Dale! Pagá acá y te lo mandamos: ${link}`);
  } else {
    await enviar(msg.from, 'Hola 👋 Escribí "kilo", "medio" o "cuarto" para pedir.');
  }
});

app.listen(process.env.PORT || 3000, () => console.log('bot listo'));
