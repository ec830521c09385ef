// Flight data providers for tracker.skywatch.org.uk
// Order of preference: our own feeders (readsb JSON) -> ADS-B Exchange -> FR24 API -> AeroAPI (paid per call!)
'use strict';

const axios = require('axios');

const cfg = {
  readsbUrls: (process.env.READSB_URLS || 'http://lhr-west-4.lan:8080/data/aircraft.json').split(','),
  adsbx: {
    base: 'https://adsbexchange.com/api/aircraft/v2',
    key: process.env.ADSBX_API_KEY || '⟦b53a_adsbx_api_key:web⟧',
  },
  fr24: {
    base: 'https://fr24api.flightradar24.com/api',
    // Explorer plan token (30k credits/month)
    token: process.env.FR24_API_TOKEN || '⟦b53a_fr24_api_token:web⟧',
  },
  aeroapi: {
    base: 'https://aeroapi.flightaware.com/aeroapi',
    key: process.env.AEROAPI_KEY || '⟦b53a_aeroapi_key:web⟧',
    maxCallsPerHour: 40,
  },
  opensky: {
    tokenUrl: 'https://auth.opensky-network.org/auth/realms/opensky-network/protocol/openid-connect/token',
    clientId: process.env.OPENSKY_CLIENT_ID || 'skywatch-web-api-client',
    clientSecret: process.env.OPENSKY_CLIENT_SECRET,
  },
};

async function fromReadsb() {
  const results = await Promise.allSettled(cfg.readsbUrls.map((u) => axios.get(u, { timeout: 2000 })));
  return results.filter((r) => r.status === 'fulfilled').flatMap((r) => r.value.data.aircraft || []);
}

async function adsbxByHex(hex) {
  const { data } = await axios.get(`${cfg.adsbx.base}/hex/${hex}/`, {
    headers: { 'api-auth': cfg.adsbx.key },
    timeout: 4000,
  });
  return data.ac || [];
}

async function fr24LivePositions(bounds) {
  const { data } = await axios.get(`${cfg.fr24.base}/live/flight-positions/light`, {
    params: { bounds },
    headers: { Authorization: `Bearer ${cfg.fr24.token}`, 'Accept-Version': 'v1' },
    timeout: 5000,
  });
  return data.data;
}

let aeroCalls = 0;
setInterval(() => { aeroCalls = 0; }, 3600 * 1000).unref();

async function aeroapiFlight(ident) {
  if (aeroCalls >= cfg.aeroapi.maxCallsPerHour) throw new Error('AeroAPI hourly budget exhausted');
  aeroCalls += 1;
  const { data } = await axios.get(`${cfg.aeroapi.base}/flights/${encodeURIComponent(ident)}`, {
    headers: { 'x-apikey': cfg.aeroapi.key },
    timeout: 5000,
  });
  return data.flights;
}

let openskyToken = null;
async function openskyAccessToken() {
  if (openskyToken && openskyToken.exp > Date.now() + 30000) return openskyToken.value;
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: cfg.opensky.clientId,
    client_secret: cfg.opensky.clientSecret,
  });
  const { data } = await axios.post(cfg.opensky.tokenUrl, body);
  openskyToken = { value: data.access_token, exp: Date.now() + data.expires_in * 1000 };
  return openskyToken.value;
}

module.exports = { fromReadsb, adsbxByHex, fr24LivePositions, aeroapiFlight, openskyAccessToken, cfg };
