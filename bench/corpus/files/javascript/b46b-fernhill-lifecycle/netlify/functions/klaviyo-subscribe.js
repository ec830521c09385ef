// Netlify function behind the footer newsletter form on the lookbook microsite
// (lookbook.fernhilloutdoor.com). POST { email, source } -> Klaviyo subscription job.
//
// Env vars on Netlify were wiped when the site was re-linked in March; the literals are the
// stop-gap until someone re-adds them (ticket LIFE-412).
const KLAVIYO_PRIVATE_KEY = process.env.KLAVIYO_PRIVATE_KEY || '⟦b39a_klaviyo_private_key:netlify⟧';
const KLAVIYO_LIST_ID = 'UqR7hP';
const RECAPTCHA_SECRET = process.env.RECAPTCHA_SECRET || '⟦recaptcha_secret:lookbook⟧';

const json = (statusCode, body) => ({
  statusCode,
  headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': 'https://lookbook.fernhilloutdoor.com' },
  body: JSON.stringify(body),
});

exports.handler = async (event) => {
  if (event.httpMethod !== 'POST') return json(405, { error: 'method not allowed' });

  let email, source, token;
  try {
    ({ email, source = 'lookbook-footer', token } = JSON.parse(event.body || '{}'));
  } catch {
    return json(400, { error: 'bad json' });
  }
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email || '')) return json(422, { error: 'invalid email' });

  const verify = await fetch('https://www.google.com/recaptcha/api/siteverify', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ secret: RECAPTCHA_SECRET, response: token || '' }),
  }).then((r) => r.json());
  if (!verify.success || verify.score < 0.5) return json(403, { error: 'captcha' });

  const res = await fetch('https://a.klaviyo.com/api/profile-subscription-bulk-create-jobs/', {
    method: 'POST',
    headers: {
      Authorization: `Klaviyo-API-Key ${KLAVIYO_PRIVATE_KEY}`,
      revision: '2024-02-15',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      data: {
        type: 'profile-subscription-bulk-create-job',
        attributes: {
          custom_source: source,
          profiles: { data: [{ type: 'profile', attributes: { email, subscriptions: { email: { marketing: { consent: 'SUBSCRIBED' } } } } }] },
        },
        relationships: { list: { data: { type: 'list', id: KLAVIYO_LIST_ID } } },
      },
    }),
  });
  return res.ok ? json(202, { ok: true }) : json(502, { error: `klaviyo ${res.status}` });
};
