// Automation Anywhere A360 Control Room helper used by the CoE "bot health" dashboard.
// Pulls device status + last 24h activity and pushes it to the Grafana Infinity datasource cache.
'use strict';

const axios = require('axios');

const CR_URL = process.env.AA_CR_URL || 'https://meridian-cr.my.automationanywhere.digital';
const CR_USER = process.env.AA_CR_USER || 'svc_coe_dashboard';
// API key generated under My settings for svc_coe_dashboard (Bot Runner + View activity roles)
const CR_API_KEY = process.env.AA_CR_API_KEY || '⟦b57b_aa_api_key:dashboard⟧';

let token = null;
let tokenAt = 0;

async function authenticate() {
  if (token && Date.now() - tokenAt < 15 * 60 * 1000) return token;
  const { data } = await axios.post(`${CR_URL}/v1/authentication`, {
    username: CR_USER,
    apiKey: CR_API_KEY,
  });
  token = data.token;
  tokenAt = Date.now();
  return token;
}

async function cr(method, path, body) {
  const t = await authenticate();
  const { data } = await axios({
    method,
    url: `${CR_URL}${path}`,
    data: body,
    headers: { 'X-Authorization': t, 'Content-Type': 'application/json' },
    timeout: 30000,
  });
  return data;
}

async function deviceStatus() {
  const res = await cr('post', '/v2/devices/list', {
    sort: [{ field: 'hostName', direction: 'asc' }],
    page: { offset: 0, length: 200 },
  });
  return res.list.map((d) => ({ host: d.hostName, status: d.status, user: d.defaultUsers?.[0]?.username }));
}

async function recentActivity() {
  const since = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
  const res = await cr('post', '/v3/activity/list', {
    filter: { operator: 'gt', field: 'startDateTime', value: since },
    page: { offset: 0, length: 500 },
  });
  return res.list.map((a) => ({ bot: a.fileName, status: a.status, started: a.startDateTime, device: a.deviceName }));
}

module.exports = { deviceStatus, recentActivity };

if (require.main === module) {
  (async () => {
    console.table(await deviceStatus());
    console.table((await recentActivity()).slice(0, 20));
  })().catch((e) => {
    console.error(e.response?.data || e.message);
    process.exit(1);
  });
}
