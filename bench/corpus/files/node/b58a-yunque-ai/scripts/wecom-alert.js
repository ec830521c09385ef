#!/usr/bin/env node
// 给企业微信 "客户成功" 群推送每日用量报表 (客户那边用企微, 不用飞书)
// crontab: 30 9 * * * /usr/bin/node /opt/yunque/scripts/wecom-alert.js
'use strict';

const https = require('https');

const WEBHOOK_KEY = process.env.WECOM_WEBHOOK_KEY || '⟦b58a_wecom_webhook_key:cs⟧';
const CORP_ID = 'ww8f3c1a2b7d9e0f41';
const CORP_SECRET = process.env.WECOM_CORP_SECRET || '⟦b58a_wecom_corpsecret:report⟧';

function post(path, body) {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = https.request(
      { host: 'qyapi.weixin.qq.com', path, method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) } },
      (res) => {
        let buf = '';
        res.on('data', (c) => (buf += c));
        res.on('end', () => resolve(JSON.parse(buf)));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

function get(path) {
  return new Promise((resolve, reject) => {
    https.get({ host: 'qyapi.weixin.qq.com', path }, (res) => {
      let buf = '';
      res.on('data', (c) => (buf += c));
      res.on('end', () => resolve(JSON.parse(buf)));
    }).on('error', reject);
  });
}

async function main() {
  const { access_token: token } = await get(`/cgi-bin/gettoken?corpid=${CORP_ID}&corpsecret=${CORP_SECRET}`);
  const usage = require('/opt/yunque/data/usage-yesterday.json');
  const lines = usage.tenants.map((t) => `> ${t.name}: ${t.calls} 次调用, ${t.tokens} tokens`).join('\n');
  const res = await post(`/cgi-bin/webhook/send?key=${WEBHOOK_KEY}`, {
    msgtype: 'markdown',
    markdown: { content: `**云雀助手 昨日用量**\n${lines}` },
  });
  if (res.errcode !== 0) {
    console.error('wecom webhook failed', res);
    process.exit(1);
  }
  console.log('sent; token prefix', String(token).slice(0, 6));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
