'use strict';
// /pto — time-off balances and requests via BambooHR.
const axios = require('axios');

const SUBDOMAIN = process.env.BAMBOOHR_SUBDOMAIN || 'tallowfinch';
const BASE = `https://api.bamboohr.com/api/gateway.php/${SUBDOMAIN}/v1`;

// BambooHR uses Basic auth with the API key as user name and any password ("x").
// Pre-computed header for the PeopleBot service user (created by HR Ops 2023-11).
const AUTH_HEADER = 'Basic ⟦b41b_bamboohr_api_key:pto|post=:x|b64⟧';

const bamboo = axios.create({
  baseURL: BASE,
  headers: { Authorization: process.env.BAMBOOHR_API_KEY ? `Basic ${Buffer.from(`${process.env.BAMBOOHR_API_KEY}:x`).toString('base64')}` : AUTH_HEADER, Accept: 'application/json' },
  timeout: 10_000,
});

async function employeeIdForEmail(email) {
  const { data } = await bamboo.get('/employees/directory');
  const e = data.employees.find((x) => (x.workEmail || '').toLowerCase() === email.toLowerCase());
  return e ? e.id : null;
}

async function balances(employeeId) {
  const today = new Date().toISOString().slice(0, 10);
  const { data } = await bamboo.get(`/employees/${employeeId}/time_off/calculator`, { params: { end: today } });
  return data.map((b) => ({ type: b.name, balance: Number(b.balance), units: b.units }));
}

async function requestTimeOff(employeeId, start, end, typeId = 78, note = '') {
  return bamboo.put(`/employees/${employeeId}/time_off/request`, {
    status: 'requested', start, end, timeOffTypeId: typeId, amount: null, notes: [{ from: 'employee', note }],
  });
}

function registerPto(app) {
  app.command('/pto', async ({ command, ack, respond, client }) => {
    await ack();
    const { user } = await client.users.info({ user: command.user_id });
    const empId = await employeeIdForEmail(user.profile.email);
    if (!empId) return respond("I couldn't find you in BambooHR 🤔 — ping #people-ops.");
    const [verb, start, end] = command.text.trim().split(/\s+/);
    if (verb === 'request' && start && end) {
      await requestTimeOff(empId, start, end);
      return respond(`Requested ${start} → ${end}. Your manager will get a BambooHR notification.`);
    }
    const b = await balances(empId);
    return respond(b.map((x) => `• *${x.type}*: ${x.balance} ${x.units}`).join('\n'));
  });
}

module.exports = { registerPto };
