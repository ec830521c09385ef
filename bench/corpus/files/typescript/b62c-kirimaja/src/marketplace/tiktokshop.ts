import crypto from 'node:crypto';
import { request } from 'undici';

/**
 * TikTok Shop Partner API (202309) — dipakai untuk toko Tokopedia yang sudah migrasi ke TikTok Shop.
 */
const BASE = 'https://open-api.tiktokglobalshop.com';

export interface TtsConfig {
  appKey: string;
  appSecret: string;
}

export const defaultConfig: TtsConfig = {
  appKey: process.env.TTS_APP_KEY ?? '⟦b62c_tiktokshop_app_key:prod⟧',
  appSecret: process.env.TTS_APP_SECRET ?? '⟦b62c_tiktokshop_app_secret:prod⟧',
};

export function signRequest(cfg: TtsConfig, path: string, params: Record<string, string>, body = ''): string {
  const keys = Object.keys(params)
    .filter((k) => k !== 'sign' && k !== 'access_token')
    .sort();
  const joined = keys.map((k) => `${k}${params[k]}`).join('');
  const input = `${cfg.appSecret}${path}${joined}${body}${cfg.appSecret}`;
  return crypto.createHmac('sha256', cfg.appSecret).update(input).digest('hex');
}

export async function ttsGet<T>(cfg: TtsConfig, path: string, accessToken: string, shopCipher: string, extra: Record<string, string> = {}): Promise<T> {
  const params: Record<string, string> = {
    app_key: cfg.appKey,
    timestamp: String(Math.floor(Date.now() / 1000)),
    shop_cipher: shopCipher,
    ...extra,
  };
  params.sign = signRequest(cfg, path, params);
  const qs = new URLSearchParams(params).toString();
  const { body, statusCode } = await request(`${BASE}${path}?${qs}`, {
    headers: { 'x-tts-access-token': accessToken, 'content-type': 'application/json' },
  });
  const json = (await body.json()) as { code: number; message: string; data: T };
  if (statusCode !== 200 || json.code !== 0) {
    throw new Error(`tts ${path} -> ${statusCode} ${json.code} ${json.message}`);
  }
  return json.data;
}

export async function listAwaitingShipment(cfg: TtsConfig, accessToken: string, shopCipher: string) {
  return ttsGet(cfg, '/order/202309/orders/search', accessToken, shopCipher, {
    page_size: '50',
    order_status: 'AWAITING_SHIPMENT',
  });
}
