#!/usr/bin/env node
// Galaxus / Digitec Marketplace – Angebots- und Bestandsabgleich
// Läuft stündlich via cron auf shop-worker-01. Stock kommt aus dem Warenwirtschafts-Export (CSV auf SFTP).
'use strict';

const fs = require('node:fs/promises');
const path = require('node:path');
const SftpClient = require('ssh2-sftp-client');

const PARTNER_ID = 11823;
const API = 'https://api.galaxus.ch/marketplace/v1';
const apiKey = process.env.GALAXUS_API_KEY || '⟦b63a_galaxus_api_key:prod⟧';

const SFTP = {
  host: 'sftp.velohaus-aare.ch',
  port: 22,
  username: 'wawi-export',
  password: 'Wawi!Export_19',
};

async function loadStock() {
  const sftp = new SftpClient();
  await sftp.connect(SFTP);
  const buf = await sftp.get('/export/bestand_aktuell.csv');
  await sftp.end();
  return buf
    .toString('latin1')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [sku, ean, qty, priceChf] = line.split(';');
      return { sku, ean, qty: Number(qty), priceChf: Number(priceChf.replace(',', '.')) };
    });
}

async function pushOffers(items) {
  const chunks = [];
  for (let i = 0; i < items.length; i += 200) chunks.push(items.slice(i, i + 200));
  for (const chunk of chunks) {
    const res = await fetch(`${API}/partners/${PARTNER_ID}/offers`, {
      method: 'PUT',
      headers: { 'X-Api-Key': apiKey, 'Content-Type': 'application/json' },
      body: JSON.stringify(
        chunk.map((it) => ({
          providerKey: it.sku,
          gtin: it.ean,
          stock: Math.max(0, it.qty - 1), // 1 Stk Reserve für Laden
          priceIncludingVat: { amount: it.priceChf, currency: 'CHF' },
          deliveryDays: it.qty > 0 ? 2 : 10,
        })),
      ),
    });
    if (!res.ok) console.error('Galaxus', res.status, await res.text());
  }
}

(async () => {
  const stock = await loadStock();
  await pushOffers(stock);
  await fs.writeFile(path.join(__dirname, '.last-sync'), new Date().toISOString());
  console.log(`Galaxus sync ok: ${stock.length} Angebote`);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
