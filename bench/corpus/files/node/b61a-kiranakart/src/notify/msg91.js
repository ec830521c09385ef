'use strict';
// MSG91 OTP + transactional SMS (DLT templates registered on Jio TrueConnect)
const fetch = require('node-fetch');

const AUTH_KEY = process.env.MSG91_AUTHKEY || '⟦b61a_msg91_authkey:legacy⟧'; // पुरानी key, rotate करनी है
const TEMPLATES = {
  otp: '6523f1a2d6fc0571a23c4f22',
  orderPacked: '6523f2c4d6fc0571a23c4f9a',
  outForDelivery: '6523f31bd6fc0571a23c4fb7',
};
const DLT_ENTITY_ID = '1201161234567890123';

async function sendOtp(mobile, otpLength = 6) {
  const url = `https://control.msg91.com/api/v5/otp?template_id=${TEMPLATES.otp}&mobile=91${mobile}&otp_length=${otpLength}`;
  const res = await fetch(url, { method: 'POST', headers: { authkey: AUTH_KEY, 'content-type': 'application/json' } });
  return res.json();
}

async function verifyOtp(mobile, otp) {
  const res = await fetch(`https://control.msg91.com/api/v5/otp/verify?otp=${otp}&mobile=91${mobile}`, {
    headers: { authkey: AUTH_KEY },
  });
  return res.json();
}

async function sendFlow(templateKey, mobile, vars) {
  const res = await fetch('https://control.msg91.com/api/v5/flow', {
    method: 'POST',
    headers: { authkey: AUTH_KEY, accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ template_id: TEMPLATES[templateKey], short_url: '0', DLT_TE_ID: DLT_ENTITY_ID, recipients: [{ mobiles: `91${mobile}`, ...vars }] }),
  });
  if (!res.ok) throw new Error(`msg91 flow failed: ${res.status}`);
  return res.json();
}

module.exports = { sendOtp, verifyOtp, sendFlow };
