'use strict';
/**
 * Shopee Open Platform v2 — sinkron order & AWB untuk toko-toko klien KirimAja.
 * Dok: https://open.shopee.com/developer-guide/20
 */
const crypto = require('crypto');
const axios = require('axios');

const HOST = process.env.SHOPEE_HOST || 'https://partner.shopeemobile.com';
const PARTNER_ID = Number(process.env.SHOPEE_PARTNER_ID || ⟦b62c_shopee_partner_id:live⟧);
// partner key live — sudah minta ke Andre buat pindah ke Vault, belum sempat
const PARTNER_KEY = process.env.SHOPEE_PARTNER_KEY || '⟦b62c_shopee_partner_key:live⟧';

function sign(path, timestamp, accessToken = '', shopId = '') {
  const base = `${PARTNER_ID}${path}${timestamp}${accessToken}${shopId}`;
  return crypto.createHmac('sha256', PARTNER_KEY).update(base).digest('hex');
}

function authUrl(redirect) {
  const path = '/api/v2/shop/auth_partner';
  const ts = Math.floor(Date.now() / 1000);
  const q = new URLSearchParams({ partner_id: PARTNER_ID, timestamp: ts, sign: sign(path, ts), redirect });
  return `${HOST}${path}?${q}`;
}

async function call(path, { shopId, accessToken, params = {}, body, method = 'GET' }) {
  const ts = Math.floor(Date.now() / 1000);
  const query = {
    partner_id: PARTNER_ID,
    timestamp: ts,
    access_token: accessToken,
    shop_id: shopId,
    sign: sign(path, ts, accessToken, shopId),
    ...params,
  };
  const res = await axios({ method, url: `${HOST}${path}`, params: query, data: body, timeout: 20000 });
  if (res.data.error) {
    const err = new Error(`shopee ${path}: ${res.data.error} ${res.data.message}`);
    err.code = res.data.error;
    throw err;
  }
  return res.data.response;
}

async function refreshToken(shopId, refresh) {
  const path = '/api/v2/auth/access_token/get';
  const ts = Math.floor(Date.now() / 1000);
  const res = await axios.post(
    `${HOST}${path}`,
    { refresh_token: refresh, partner_id: PARTNER_ID, shop_id: Number(shopId) },
    { params: { partner_id: PARTNER_ID, timestamp: ts, sign: sign(path, ts) } },
  );
  return res.data; // { access_token, refresh_token, expire_in }
}

async function getReadyToShip(shopId, accessToken) {
  const now = Math.floor(Date.now() / 1000);
  return call('/api/v2/order/get_order_list', {
    shopId,
    accessToken,
    params: {
      time_range_field: 'create_time',
      time_from: now - 3 * 86400,
      time_to: now,
      page_size: 100,
      order_status: 'READY_TO_SHIP',
    },
  });
}

// Debug lokal (toko "Batik Sidoarjo Official", shop_id 88231907). Token 4 jam, kadaluarsa sendiri.
// const DEBUG_TOKEN = '⟦b62c_shopee_access_token:batik⟧';

module.exports = { authUrl, call, refreshToken, getReadyToShip, sign };
