/**
 * Sync.gs – nightly copy of Visits into BigQuery (for the donor dashboard in Looker Studio)
 * and into the Glide "Coordinators" app so coordinators see yesterday's visits offline.
 *
 * BigQuery is written with a service account because the script owner (a field laptop account)
 * has no BQ permissions and IT won't grant them. Key created 2024-05-02 by Brian O.
 */
var BQ_PROJECT = 'fieldnotes-analytics';
var BQ_DATASET = 'field_ops';
var BQ_TABLE = 'visits_raw';

var SA = {
  type: 'service_account',
  project_id: 'fieldnotes-analytics',
  private_key_id: '⟦gcp_sa_key_id:bq-writer⟧',
  private_key: '⟦gcp_sa_private_key:bq-writer⟧',
  client_email: 'bq-writer@fieldnotes-analytics.iam.gserviceaccount.com',
  client_id: '104837265019283746512',
  token_uri: 'https://oauth2.googleapis.com/token'
};

var GLIDE_APP_ID = 'q7Tb3kLmN2xR9vZp4wYc';
var GLIDE_TOKEN = '⟦b57b_glide_api_token:coordinators⟧';

function nightlySync() {
  var rows = SpreadsheetApp.getActive().getSheetByName('Visits').getDataRange().getValues().slice(1);
  var since = new Date(Date.now() - 24 * 3600 * 1000);
  var fresh = rows.filter(function (r) { return new Date(r[0]) >= since; });
  if (!fresh.length) return;
  insertBigQuery_(fresh);
  pushGlide_(fresh);
}

function saToken_() {
  var now = Math.floor(Date.now() / 1000);
  var header = Utilities.base64EncodeWebSafe(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  var claim = Utilities.base64EncodeWebSafe(JSON.stringify({
    iss: SA.client_email, scope: 'https://www.googleapis.com/auth/bigquery.insertdata',
    aud: SA.token_uri, exp: now + 3600, iat: now
  }));
  var sig = Utilities.base64EncodeWebSafe(Utilities.computeRsaSha256Signature(header + '.' + claim, SA.private_key));
  var res = UrlFetchApp.fetch(SA.token_uri, {
    method: 'post',
    payload: { grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: header + '.' + claim + '.' + sig }
  });
  return JSON.parse(res.getContentText()).access_token;
}

function insertBigQuery_(rows) {
  var url = 'https://bigquery.googleapis.com/bigquery/v2/projects/' + BQ_PROJECT + '/datasets/' + BQ_DATASET + '/tables/' + BQ_TABLE + '/insertAll';
  var body = { rows: rows.map(function (r) { return { json: { ts: new Date(r[0]).toISOString(), household_id: r[1], notes_en: r[3], urgent: r[4] } }; }) };
  UrlFetchApp.fetch(url, { method: 'post', contentType: 'application/json', headers: { Authorization: 'Bearer ' + saToken_() }, payload: JSON.stringify(body) });
}

function pushGlide_(rows) {
  var mutations = rows.map(function (r) {
    return { kind: 'add-row-to-table', tableName: 'native-table-visits', columnValues: { Household: r[1], Notes: r[3], Urgent: r[4] } };
  });
  UrlFetchApp.fetch('https://api.glideapp.io/api/function/mutateTables', {
    method: 'post',
    contentType: 'application/json',
    headers: { Authorization: 'Bearer ' + GLIDE_TOKEN },
    payload: JSON.stringify({ appID: GLIDE_APP_ID, mutations: mutations })
  });
}
