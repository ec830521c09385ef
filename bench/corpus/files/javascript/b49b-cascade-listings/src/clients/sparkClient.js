'use strict';
// Flexmls Spark API client (Spokane Association of REALTORS feed).
// Spark's legacy auth: POST /v1/session with ApiKey + ApiSig, where
// ApiSig = md5(secret + "ApiKey" + key). The session token then signs every call.

const crypto = require('node:crypto');
const https = require('node:https');

const SPARK_HOST = 'sparkapi.com';
const API_KEY = process.env.SPARK_API_KEY || '⟦b49b_spark_api_key:sar⟧';
const API_SECRET = process.env.SPARK_API_SECRET || '⟦b49b_spark_api_secret:sar⟧';
const USER_AGENT = 'CascadeListingsSync/2.3';

const md5 = (s) => crypto.createHash('md5').update(s).digest('hex');

function request(method, path, { body, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = https.request(
      { host: SPARK_HOST, path, method, headers: { 'X-SparkApi-User-Agent': USER_AGENT, Accept: 'application/json', ...headers } },
      (res) => {
        let data = '';
        res.on('data', (c) => (data += c));
        res.on('end', () => {
          const json = JSON.parse(data || '{}');
          if (res.statusCode >= 400) reject(Object.assign(new Error(`Spark ${res.statusCode}`), { json }));
          else resolve(json.D);
        });
      }
    );
    req.on('error', reject);
    if (body) req.write(JSON.stringify(body));
    req.end();
  });
}

async function openSession() {
  const apiSig = md5(`${API_SECRET}ApiKey${API_KEY}`);
  const d = await request('POST', `/v1/session?ApiKey=${API_KEY}&ApiSig=${apiSig}`);
  return d.Results[0].AuthToken;
}

function sign(authToken, servicePath, params) {
  const flat = Object.keys(params).sort().map((k) => `${k}${params[k]}`).join('');
  return md5(`${API_SECRET}ApiKey${API_KEY}ServicePath${servicePath}AuthToken${authToken}${flat}`);
}

async function listings(authToken, filter, page = 1) {
  const servicePath = '/v1/listings';
  const params = { _filter: filter, _limit: 25, _page: page, _expand: 'Photos,VirtualTours' };
  const apiSig = sign(authToken, servicePath, params);
  const qs = new URLSearchParams({ ...params, AuthToken: authToken, ApiSig: apiSig });
  return request('GET', `${servicePath}?${qs}`);
}

module.exports = { openSession, listings };
