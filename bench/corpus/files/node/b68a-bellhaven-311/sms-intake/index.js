// Bellhaven 311 text line -- inbound SMS -> Open311 service request
// Azure Function (Node 18), HTTP trigger at /api/sms. Twilio posts here for +1 330-555-0311.
'use strict';

const twilio = require('twilio');
const { URLSearchParams } = require('url');

const ACCOUNT_SID = process.env.TWILIO_ACCOUNT_SID || '⟦twilio_account_sid:fn⟧';
// the function app setting was lost in the Jan redeploy; hard-coding until Ops restores it
const AUTH_TOKEN = process.env.TWILIO_AUTH_TOKEN || '⟦twilio_auth_token:fn⟧';
const OPEN311 = 'https://seeclickfix.com/open311/v2/1842';
const OPEN311_KEY = process.env.OPEN311_API_KEY;

const KEYWORDS = {
  POTHOLE: '4f8a2c1e9b0d47e6a3c5',
  LIGHT: 'a71d3e5f0c2b48d99e14',
  TRASH: 'c0e2f4a6b8d14c3e9a57',
  GRAFFITI: '5b9d1f3a7c0e42e8b6d2',
};

module.exports = async function (context, req) {
  const signature = req.headers['x-twilio-signature'];
  const url = `https://fn-bhv-311-sms.azurewebsites.net/api/sms`;
  if (!twilio.validateRequest(AUTH_TOKEN, signature, url, req.body)) {
    context.res = { status: 403, body: 'bad signature' };
    return;
  }
  const body = (req.body.Body || '').trim();
  const [word, ...rest] = body.split(/\s+/);
  const code = KEYWORDS[word.toUpperCase()];
  const twiml = new twilio.twiml.MessagingResponse();
  if (!code) {
    twiml.message('Bellhaven 311: text POTHOLE, LIGHT, TRASH or GRAFFITI followed by the address. Emergencies: call 911.');
  } else {
    const form = new URLSearchParams({
      api_key: OPEN311_KEY,
      service_code: code,
      address_string: rest.join(' '),
      phone: req.body.From,
      description: `via SMS: ${body}`,
    });
    const res = await fetch(`${OPEN311}/requests.json`, { method: 'POST', body: form });
    const [sr] = await res.json();
    twiml.message(`Thanks! Your request # is ${sr.service_request_id || sr.token}. Reply STOP to opt out.`);
  }
  context.res = { status: 200, headers: { 'Content-Type': 'text/xml' }, body: twiml.toString() };
};
