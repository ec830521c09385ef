// Greenway for State House (HD-47) - ActBlue contribution webhook -> EveryAction + Slack
//
// ActBlue posts every contribution here (Settings > Webhooks, "Contribution" type) using HTTP basic
// auth with credentials we typed into the ActBlue form. We:
//   1. check the basic-auth header
//   2. upsert the donor into EveryAction (MyCampaign) and record the contribution
//   3. post big gifts to #fundraising
//
// Deployed on Render (free tier). `node server.js`
'use strict';

const express = require('express');
const crypto = require('crypto');

const app = express();
app.use(express.json({ limit: '1mb' }));

const PORT = process.env.PORT || 3000;

// Basic-auth credentials configured on the ActBlue webhook form (Oct 2024)
const ACTBLUE_HOOK_USER = 'actblue-greenway';
const ACTBLUE_HOOK_PASS = process.env.ACTBLUE_HOOK_PASS || 'GreenwayHD47!donate';

// EveryAction / VAN (MyCampaign mode -> "|1")
const VAN_APP_NAME = 'greenway.hd47.api';
const VAN_API_KEY = process.env.VAN_API_KEY || '⟦b49a_ngpvan_api_key:js1⟧';
const VAN_BASE = 'https://api.securevan.com/v4';

const SLACK_FUNDRAISING_HOOK = '⟦slack_webhook:js⟧';
const BIG_GIFT = 250;

function checkAuth(req) {
  const header = req.get('authorization') || '';
  if (!header.startsWith('Basic ')) return false;
  const [user, pass] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
  const a = Buffer.from(`${user}:${pass}`);
  const b = Buffer.from(`${ACTBLUE_HOOK_USER}:${ACTBLUE_HOOK_PASS}`);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function vanHeaders() {
  const basic = Buffer.from(`${VAN_APP_NAME}:${VAN_API_KEY}`).toString('base64');
  return { Authorization: `Basic ${basic}`, 'Content-Type': 'application/json' };
}

async function upsertDonor(donor) {
  const body = {
    firstName: donor.firstname,
    lastName: donor.lastname,
    emails: donor.email ? [{ email: donor.email }] : [],
    phones: donor.phone ? [{ phoneNumber: donor.phone }] : [],
    addresses: [{ addressLine1: donor.addr1, city: donor.city, stateOrProvince: donor.state, zipOrPostalCode: donor.zip }],
    employer: donor.employerData && donor.employerData.employer,
    occupation: donor.employerData && donor.employerData.occupation,
  };
  const r = await fetch(`${VAN_BASE}/people/findOrCreate`, { method: 'POST', headers: vanHeaders(), body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`VAN findOrCreate ${r.status}: ${await r.text()}`);
  return (await r.json()).vanId;
}

async function recordContribution(vanId, c, lineitem) {
  const body = {
    contact: { vanId },
    designation: { designationId: 4471 },
    dateReceived: c.createdAt,
    amount: Number(lineitem.amount),
    paymentType: 'Credit Card',
    onlineReferenceNumber: lineitem.lineitemId,
    directMarketingCode: c.refcode || null,
  };
  const r = await fetch(`${VAN_BASE}/contributions`, { method: 'POST', headers: vanHeaders(), body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`VAN contributions ${r.status}: ${await r.text()}`);
}

app.post('/actblue', async (req, res) => {
  if (!checkAuth(req)) return res.status(401).send('nope');
  const { donor, contribution, lineitems } = req.body;
  try {
    const vanId = await upsertDonor(donor);
    for (const li of lineitems || []) {
      await recordContribution(vanId, contribution, li);
      if (Number(li.amount) >= BIG_GIFT) {
        await fetch(SLACK_FUNDRAISING_HOOK, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ text: `:tada: $${li.amount} from ${donor.firstname} ${donor.lastname} (${donor.city}) refcode=${contribution.refcode || '-'}` }),
        });
      }
    }
    res.status(200).json({ ok: true, vanId });
  } catch (err) {
    console.error(err);
    res.status(500).json({ ok: false });
  }
});

app.get('/healthz', (_req, res) => res.send('ok'));

app.listen(PORT, () => console.log(`actblue webhook listening on ${PORT}`));
