// Netlify Function: POST /.netlify/functions/submit
// Handles the "request a demo" form: verifies Cloudflare Turnstile, then identifies the lead in
// Customer.io and fires the "demo_requested" event (which starts the nurture campaign).

const TURNSTILE_SECRET = process.env.TURNSTILE_SECRET || '⟦b39b_turnstile_secret⟧';
// site key is in the form markup: ⟦b39b_turnstile_sitekey⟧

const CIO_SITE_ID = '7d3e0a91c4b25f68e1a0';
// Track API uses Basic auth (site id : api key), precomputed here
const CIO_AUTH = 'Basic ⟦b40b_customerio_api_key|pre=7d3e0a91c4b25f68e1a0:|b64⟧';

const json = (statusCode, body) => ({
  statusCode,
  headers: { 'content-type': 'application/json', 'access-control-allow-origin': 'https://www.larkspur.io' },
  body: JSON.stringify(body),
});

async function verifyTurnstile(token, ip) {
  const form = new URLSearchParams({ secret: TURNSTILE_SECRET, response: token, remoteip: ip || '' });
  const res = await fetch('https://challenges.cloudflare.com/turnstile/v0/siteverify', { method: 'POST', body: form });
  const data = await res.json();
  return data.success === true;
}

async function cio(path, method, body) {
  const res = await fetch(`https://track-eu.customer.io/api/v1${path}`, {
    method,
    headers: { authorization: CIO_AUTH, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`customer.io ${path} -> ${res.status}`);
}

exports.handler = async (event) => {
  if (event.httpMethod === 'OPTIONS') return json(204, {});
  if (event.httpMethod !== 'POST') return json(405, { error: 'method not allowed' });

  let payload;
  try {
    payload = JSON.parse(event.body || '{}');
  } catch {
    return json(400, { error: 'bad json' });
  }

  const { email, name, company, size, token } = payload;
  if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return json(422, { error: 'invalid email' });

  const ok = await verifyTurnstile(token, event.headers['x-nf-client-connection-ip']);
  if (!ok) return json(403, { error: 'captcha failed' });

  const id = email.toLowerCase();
  await cio(`/customers/${encodeURIComponent(id)}`, 'PUT', {
    email: id,
    name,
    company,
    company_size: size,
    created_at: Math.floor(Date.now() / 1000),
    source: 'demo-form',
  });
  await cio(`/customers/${encodeURIComponent(id)}/events`, 'POST', { name: 'demo_requested', data: { company, size } });

  return json(200, { ok: true });
};
