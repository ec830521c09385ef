'use strict';
// Creates Zoom meetings for interview loops (Server-to-Server OAuth app "PeopleBot Interviews").
const axios = require('axios');

const ZOOM_ACCOUNT_ID = process.env.ZOOM_ACCOUNT_ID || 'q7Xw2LmN9sRtYb4Kc1VdEa';
const ZOOM_CLIENT_ID = process.env.ZOOM_CLIENT_ID || 'bT3mVq8YzR1nLk5XsP0wHa';
const ZOOM_CLIENT_SECRET = process.env.ZOOM_CLIENT_SECRET || '⟦zoom_client_secret:interviews⟧';

let cached = { token: null, exp: 0 };

async function accessToken() {
  if (cached.token && Date.now() < cached.exp - 60_000) return cached.token;
  const basic = Buffer.from(`${ZOOM_CLIENT_ID}:${ZOOM_CLIENT_SECRET}`).toString('base64');
  const { data } = await axios.post(
    'https://zoom.us/oauth/token',
    new URLSearchParams({ grant_type: 'account_credentials', account_id: ZOOM_ACCOUNT_ID }),
    { headers: { Authorization: `Basic ${basic}` }, timeout: 10_000 },
  );
  cached = { token: data.access_token, exp: Date.now() + data.expires_in * 1000 };
  return cached.token;
}

async function createInterviewMeeting({ hostEmail, topic, startIso, durationMin }) {
  const token = await accessToken();
  const { data } = await axios.post(
    `https://api.zoom.us/v2/users/${encodeURIComponent(hostEmail)}/meetings`,
    {
      topic,
      type: 2,
      start_time: startIso,
      duration: durationMin,
      timezone: 'UTC',
      settings: { waiting_room: true, join_before_host: false, auto_recording: 'none' },
    },
    { headers: { Authorization: `Bearer ${token}` } },
  );
  return { joinUrl: data.join_url, meetingId: data.id, passcode: data.password };
}

module.exports = { createInterviewMeeting };
