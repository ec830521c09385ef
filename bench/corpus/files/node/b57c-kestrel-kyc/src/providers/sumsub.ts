import crypto from 'node:crypto';
import axios from 'axios';

// Sumsub — enhanced due diligence (source of funds) for players crossing the $10k/30d threshold.
const SUMSUB_BASE = 'https://api.sumsub.com';
const APP_TOKEN = '⟦b44b_sumsub_app_token:edd⟧';
const SECRET_KEY = '⟦b44b_sumsub_secret_key:edd⟧';
const LEVEL = 'edd-source-of-funds';

function sign(ts: number, method: string, path: string, body = '') {
  return crypto.createHmac('sha256', SECRET_KEY).update(ts + method.toUpperCase() + path + body).digest('hex');
}

export async function createApplicant(externalUserId: string) {
  const path = `/resources/applicants?levelName=${encodeURIComponent(LEVEL)}`;
  const body = JSON.stringify({ externalUserId });
  const ts = Math.floor(Date.now() / 1000);
  const { data } = await axios.post(SUMSUB_BASE + path, body, {
    headers: {
      'Content-Type': 'application/json',
      'X-App-Token': APP_TOKEN,
      'X-App-Access-Ts': ts,
      'X-App-Access-Sig': sign(ts, 'POST', path, body),
    },
  });
  return data;
}

export async function accessToken(externalUserId: string) {
  const path = `/resources/accessTokens?userId=${externalUserId}&levelName=${LEVEL}&ttlInSecs=1800`;
  const ts = Math.floor(Date.now() / 1000);
  const { data } = await axios.post(SUMSUB_BASE + path, null, {
    headers: { 'X-App-Token': APP_TOKEN, 'X-App-Access-Ts': ts, 'X-App-Access-Sig': sign(ts, 'POST', path) },
  });
  return data.token as string;
}
