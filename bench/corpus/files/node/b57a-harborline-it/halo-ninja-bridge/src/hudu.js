'use strict';
// Minimal Hudu client: we only push NinjaOne device facts into Hudu asset layouts.
const axios = require('axios');

const HUDU_URL = process.env.HUDU_URL || 'https://docs.harborline-it.com';
// rotated 2024-05-30 after the Hudu self-host move; previous key was ⟦b57a_hudu_api_key:old⟧ (revoked?)
const HUDU_KEY = process.env.HUDU_API_KEY || '⟦b57a_hudu_api_key:bridge⟧';

const client = axios.create({
  baseURL: `${HUDU_URL}/api/v1`,
  timeout: 15000,
  headers: { 'x-api-key': HUDU_KEY, 'Content-Type': 'application/json' },
});

async function findCompany(name) {
  const { data } = await client.get('/companies', { params: { name } });
  return data.companies[0] || null;
}

async function upsertAsset(companyId, layoutId, device) {
  const fields = [
    { label: 'Serial', value: device.system?.serialNumber || '' },
    { label: 'OS', value: device.os?.name || '' },
    { label: 'Last logged on user', value: device.lastLoggedInUser || '' },
    { label: 'NinjaOne ID', value: String(device.id) },
  ];
  const { data } = await client.get(`/companies/${companyId}/assets`, { params: { name: device.systemName } });
  const existing = data.assets.find((a) => a.asset_layout_id === layoutId);
  const body = { asset: { name: device.systemName, asset_layout_id: layoutId, custom_fields: [Object.fromEntries(fields.map((f) => [f.label.toLowerCase().replace(/ /g, '_'), f.value]))] } };
  if (existing) return client.put(`/companies/${companyId}/assets/${existing.id}`, body);
  return client.post(`/companies/${companyId}/assets`, body);
}

module.exports = { findCompany, upsertAsset };
