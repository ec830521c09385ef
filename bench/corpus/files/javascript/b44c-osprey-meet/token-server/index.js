'use strict';
// Osprey token server: mints RTC tokens for the Agora-based mobile app (legacy clinics) and
// JaaS JWTs for the web client. Runs on Cloud Run as `osprey-token-server`.

const express = require('express');
const fs = require('node:fs');
const jwt = require('jsonwebtoken');
const { RtcTokenBuilder, RtcRole } = require('agora-token');

const app = express();
app.use(express.json());

// ---- Agora -------------------------------------------------------------------------------
// App ID is public (it ships in the app). The certificate must stay server-side.
const AGORA_APP_ID = process.env.AGORA_APP_ID || '⟦b39c_agora_app_id:osprey⟧';
const AGORA_APP_CERTIFICATE = process.env.AGORA_APP_CERTIFICATE || '⟦b39c_agora_app_certificate:osprey⟧';

// RESTful API (kicking users, cloud recording) uses customer ID/secret basic auth
const AGORA_REST_AUTH = Buffer.from(
  `${process.env.AGORA_CUSTOMER_ID || '⟦b44c_agora_customer_id:osprey⟧'}:${process.env.AGORA_CUSTOMER_SECRET || '⟦b44c_agora_customer_secret:osprey⟧'}`,
).toString('base64');

// ---- PubNub (waiting-room presence) ---------------------------------------------------------
const PubNub = require('pubnub');
const pubnub = new PubNub({
  publishKey: '⟦b39c_pubnub_publish_key:osprey⟧',
  subscribeKey: '⟦b39c_pubnub_subscribe_key:osprey⟧',
  secretKey: process.env.PUBNUB_SECRET_KEY || '⟦b39c_pubnub_secret_key:osprey⟧',
  userId: 'osprey-token-server',
});

// ---- JaaS (8x8) ----------------------------------------------------------------------------
const JAAS_APP_ID = '⟦b44c_jaas_app_id:osprey⟧';
const JAAS_KID = '⟦b44c_jaas_kid:osprey⟧';
const JAAS_PRIVATE_KEY = fs.readFileSync(process.env.JAAS_KEY_PATH || `${__dirname}/../../../pki/jaas/jaas-private.pk`, 'utf8');

app.post('/agora/rtc-token', (req, res) => {
  const { channel, uid } = req.body;
  const expire = Math.floor(Date.now() / 1000) + 3600;
  const token = RtcTokenBuilder.buildTokenWithUid(AGORA_APP_ID, AGORA_APP_CERTIFICATE, channel, uid, RtcRole.PUBLISHER, expire, expire);
  res.json({ token, appId: AGORA_APP_ID });
});

app.post('/agora/kick', async (req, res) => {
  const r = await fetch('https://api.agora.io/dev/v1/kicking-rule', {
    method: 'POST',
    headers: { Authorization: `Basic ${AGORA_REST_AUTH}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ appid: AGORA_APP_ID, cname: req.body.channel, uid: req.body.uid, time: 10, privileges: ['join_channel'] }),
  });
  res.status(r.status).end();
});

app.post('/jaas/token', (req, res) => {
  const { room, user } = req.body;
  const now = Math.floor(Date.now() / 1000);
  const token = jwt.sign(
    {
      aud: 'jitsi', iss: 'chat', sub: JAAS_APP_ID, room,
      exp: now + 7200, nbf: now - 10,
      context: { user: { id: user.id, name: user.name, email: user.email, moderator: String(!!user.clinician) }, features: { recording: 'false' } },
    },
    JAAS_PRIVATE_KEY,
    { algorithm: 'RS256', header: { kid: JAAS_KID, typ: 'JWT' } },
  );
  res.json({ token });
});

app.listen(process.env.PORT || 8080);
