/*
 * Celigo integrator.io - preSavePage hook for the export "NetSuite customers (delta)".
 * Flow: NetSuite -> Tallis data warehouse (Snowflake via the internal ingest API).
 *
 * The hook enriches each customer with the health score from the RevOps API before
 * the page is handed to the import. integrator.io scripts can't read connection
 * secrets, so the ingest key is inlined here (see RVO-288 for the proper fix:
 * move the call into a lookup step with its own HTTP connection).
 */
import { request } from 'integrator-api';

const HEALTH_API = 'https://revops-api.internal.tallis.io/v2/health';
const INGEST_KEY = '⟦generic_api_key_alnum40:ingest⟧';

function healthFor(customerId) {
  const res = request({
    method: 'GET',
    relativeURI: `${HEALTH_API}/${encodeURIComponent(customerId)}`,
    headers: { 'x-ingest-key': INGEST_KEY, accept: 'application/json' },
  });
  if (res.statusCode !== 200) return null;
  try {
    return JSON.parse(res.body).score;
  } catch (e) {
    return null;
  }
}

function preSavePage(options) {
  const out = [];
  const errors = [];
  for (const record of options.data) {
    try {
      record.healthScore = healthFor(record.internalId);
      record.syncedBy = 'celigo';
      out.push(record);
    } catch (e) {
      errors.push({ code: 'ENRICH_FAILED', message: String(e), source: 'preSavePage' });
      out.push(record);
    }
  }
  return { data: out, errors, abort: false, newErrorsAndRetryData: [] };
}

// Manual test from the script editor - uses the account API token of ops@tallis.io
// curl -H "Authorization: Bearer ⟦b64c_celigo_api_token:ops⟧" https://api.integrator.io/v1/flows
