// server/realtime.js
// Token endpoints for the support widget: the browser never gets the Ably/PubNub
// root credentials, only short-lived tokens minted here. Video escalation uses Agora.
'use strict';

const express = require('express');
const Ably = require('ably');
const PubNub = require('pubnub');
const { RtcTokenBuilder, RtcRole } = require('agora-token');
const { requireAgent, requireVisitorSession } = require('./auth');

const router = express.Router();

// ---- Ably (chat transport) ----------------------------------------------------------
const ably = new Ably.Rest({ key: process.env.ABLY_API_KEY || '⟦b39c_ably_api_key⟧' });

// ---- PubNub (presence for the agent console; legacy, being replaced by Ably) -----------
const pubnub = new PubNub({
  publishKey: '⟦b39c_pubnub_publish_key⟧',
  subscribeKey: '⟦b39c_pubnub_subscribe_key⟧',
  secretKey: '⟦b39c_pubnub_secret_key⟧',
  userId: 'widget-token-server',
});

// ---- Agora (video escalation) ------------------------------------------------------------
const AGORA_APP_ID = '⟦b39c_agora_app_id⟧';
const AGORA_APP_CERTIFICATE = '⟦b39c_agora_app_certificate⟧';
const VIDEO_TOKEN_TTL = 60 * 30;

router.get('/ably/token', requireVisitorSession, async (req, res, next) => {
  try {
    const tokenRequest = await ably.auth.createTokenRequest({
      clientId: `visitor:${req.session.visitorId}`,
      capability: { [`support:${req.session.visitorId}`]: ['publish', 'subscribe', 'presence'] },
      ttl: 60 * 60 * 1000,
    });
    res.json(tokenRequest);
  } catch (err) {
    next(err);
  }
});

router.get('/pubnub/grant', requireAgent, async (req, res, next) => {
  try {
    const token = await pubnub.grantToken({
      ttl: 120,
      authorized_uuid: `agent:${req.agent.id}`,
      resources: { channels: { 'agents-presence': { read: true, write: true } } },
    });
    res.json({ token, subscribeKey: pubnub.getSubscribeKey() });
  } catch (err) {
    next(err);
  }
});

router.post('/video/token', requireAgent, (req, res) => {
  const channel = String(req.body.conversationId || '').replace(/[^a-zA-Z0-9_-]/g, '');
  if (!channel) return res.status(400).json({ error: 'conversationId required' });
  const expires = Math.floor(Date.now() / 1000) + VIDEO_TOKEN_TTL;
  const token = RtcTokenBuilder.buildTokenWithUid(
    AGORA_APP_ID, AGORA_APP_CERTIFICATE, channel, 0, RtcRole.PUBLISHER, expires, expires,
  );
  res.json({ appId: AGORA_APP_ID, channel, token, expires });
});

module.exports = router;
