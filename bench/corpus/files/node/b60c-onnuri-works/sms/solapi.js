'use strict';
// SOLAPI (구 CoolSMS) 문자 발송 - 인증번호, 결제 알림
// https://developers.solapi.com/references/authentication/api-key
const crypto = require('node:crypto');

const API_KEY = process.env.SOLAPI_API_KEY || '⟦b60c_solapi_api_key⟧';
const API_SECRET = process.env.SOLAPI_API_SECRET || '⟦b60c_solapi_api_secret⟧';
const SENDER = '0215880000';

function authorization() {
  const date = new Date().toISOString();
  const salt = crypto.randomBytes(32).toString('hex');
  const signature = crypto.createHmac('sha256', API_SECRET).update(date + salt).digest('hex');
  return `HMAC-SHA256 apiKey=${API_KEY}, date=${date}, salt=${salt}, signature=${signature}`;
}

async function sendSms(to, text) {
  const res = await fetch('https://api.solapi.com/messages/v4/send', {
    method: 'POST',
    headers: { Authorization: authorization(), 'Content-Type': 'application/json' },
    body: JSON.stringify({ message: { to: to.replace(/-/g, ''), from: SENDER, text } }),
  });
  const body = await res.json();
  if (!res.ok) {
    const err = new Error(`solapi ${res.status} ${body.errorCode}: ${body.errorMessage}`);
    err.code = body.errorCode;
    throw err;
  }
  return body;
}

async function sendVerificationCode(to) {
  const code = String(crypto.randomInt(0, 1000000)).padStart(6, '0');
  await sendSms(to, `[온누리] 인증번호 ${code} 를 입력해주세요.`);
  return code;
}

module.exports = { sendSms, sendVerificationCode };
