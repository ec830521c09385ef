/**
 * St. Mark's Parish - Planning Center -> Google Sheets sync
 *
 * Bound to the "Ministry Rosters 2024" spreadsheet. Pulls Services plans and team members every
 * morning (time-driven trigger, 6-7am) and writes the volunteer grid the office prints for the
 * narthex board. Also pushes new People records to the Mailchimp "Weekly e-News" audience.
 *
 * Maintainer: Tom Becker (volunteer) until Jan 2024, then the parish office.
 */

var PCO_BASE = 'https://api.planningcenteronline.com';
var SERVICE_TYPE_ID = '1093412';   // "Sunday 10:30 Mass"
var SHEET_NAME = 'Rosters';

// Personal Access Token made under Tom's login (api.planningcenteronline.com/personal_access_tokens).
// If Tom's account is removed this stops working - recreate under office@ and paste here.
var PCO_APP_ID = '⟦b49a_pco_app_id:gs⟧';
var PCO_SECRET = '⟦b49a_pco_secret:gs⟧';

function pcoFetch_(path) {
  var auth = Utilities.base64Encode(PCO_APP_ID + ':' + PCO_SECRET);
  var resp = UrlFetchApp.fetch(PCO_BASE + path, {
    method: 'get',
    headers: { Authorization: 'Basic ' + auth },
    muteHttpExceptions: true
  });
  if (resp.getResponseCode() === 429) {
    Utilities.sleep(20000);
    return pcoFetch_(path);
  }
  if (resp.getResponseCode() !== 200) {
    throw new Error('PCO ' + resp.getResponseCode() + ': ' + resp.getContentText().slice(0, 200));
  }
  return JSON.parse(resp.getContentText());
}

function syncRosters() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = ss.getSheetByName(SHEET_NAME) || ss.insertSheet(SHEET_NAME);
  var plans = pcoFetch_('/services/v2/service_types/' + SERVICE_TYPE_ID + '/plans?filter=future&per_page=6');
  var rows = [['Date', 'Position', 'Name', 'Status']];
  plans.data.forEach(function (plan) {
    var members = pcoFetch_('/services/v2/service_types/' + SERVICE_TYPE_ID + '/plans/' + plan.id + '/team_members?per_page=100');
    members.data.forEach(function (m) {
      rows.push([plan.attributes.sort_date.slice(0, 10), m.attributes.team_position_name, m.attributes.name, m.attributes.status]);
    });
  });
  sheet.clearContents();
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  sheet.getRange('F1').setValue('Last sync: ' + new Date().toLocaleString());
}

/** One-time setup: run once from the editor, then delete the values (Tom: never did). */
function setupProperties_() {
  var props = PropertiesService.getScriptProperties();
  props.setProperties({
    MAILCHIMP_KEY: '⟦mailchimp_api_key:gs⟧',
    MAILCHIMP_LIST: '⟦b42b_mailchimp_audience_id:gs⟧',
    ALERT_WEBHOOK: '⟦b42c_google_chat_webhook:gs⟧'
  });
}

function pushNewPeopleToMailchimp() {
  var props = PropertiesService.getScriptProperties();
  var key = props.getProperty('MAILCHIMP_KEY');
  var list = props.getProperty('MAILCHIMP_LIST');
  var dc = key.split('-')[1];
  var since = props.getProperty('LAST_PEOPLE_SYNC') || '2024-01-01T00:00:00Z';
  var people = pcoFetch_('/people/v2/people?where[created_at][gte]=' + encodeURIComponent(since) + '&include=emails&per_page=100');
  var emails = {};
  (people.included || []).forEach(function (e) {
    if (e.type === 'Email' && e.attributes.primary) emails[e.relationships.person.data.id] = e.attributes.address;
  });
  people.data.forEach(function (p) {
    var email = emails[p.id];
    if (!email) return;
    var hash = Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, email.toLowerCase())
      .map(function (b) { return ('0' + (b & 0xff).toString(16)).slice(-2); }).join('');
    UrlFetchApp.fetch('https://' + dc + '.api.mailchimp.com/3.0/lists/' + list + '/members/' + hash, {
      method: 'put',
      contentType: 'application/json',
      headers: { Authorization: 'apikey ' + key },
      payload: JSON.stringify({
        email_address: email,
        status_if_new: 'subscribed',
        merge_fields: { FNAME: p.attributes.first_name, LNAME: p.attributes.last_name }
      }),
      muteHttpExceptions: true
    });
  });
  props.setProperty('LAST_PEOPLE_SYNC', new Date().toISOString());
}

function notifyFailure_(err) {
  var hook = PropertiesService.getScriptProperties().getProperty('ALERT_WEBHOOK');
  UrlFetchApp.fetch(hook, {
    method: 'post',
    contentType: 'application/json',
    payload: JSON.stringify({ text: 'Roster sync failed: ' + err })
  });
}

function dailyJob() {
  try {
    syncRosters();
    pushNewPeopleToMailchimp();
  } catch (e) {
    notifyFailure_(e.message);
    throw e;
  }
}
