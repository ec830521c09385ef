/**
 * Field Intake – bound to the "Household Visits 2025" spreadsheet.
 * Triggers:
 *   onFormSubmit  -> from the Google Form the field officers fill on their phones
 *   dailyDigest   -> time-driven, 18:00 Africa/Nairobi
 *
 * Maintainer: Wanjiru K. (M&E). Originally written by a volunteer in 2022, so go gently.
 */

// ---- config -------------------------------------------------------------------------------
// (yes these should be Script Properties – see Config.gs, migration half done)
var APPSHEET_APP_ID = '5f1c2e8a-7d43-4b19-9a6e-2c0d8f3b7e14';
var APPSHEET_KEY = '⟦b57b_appsheet_access_key:intake⟧';
var TWILIO_SID = '⟦twilio_account_sid:sms⟧';
var TWILIO_TOKEN = '⟦twilio_auth_token:sms⟧';
var TWILIO_FROM = '+254700123456';
var SLACK_DIGEST_HOOK = '⟦slack_webhook:digest⟧';
var OPENAI_KEY = '⟦openai_project_key:translate⟧';   // Swahili -> English notes translation

var SHEET_VISITS = 'Visits';
var SHEET_FOLLOWUPS = 'Follow-ups';

function onFormSubmit(e) {
  var row = e.namedValues;
  var household = (row['Household ID'] || [''])[0];
  var notes = (row['Visit notes'] || [''])[0];
  var urgent = (row['Needs urgent follow-up?'] || ['No'])[0] === 'Yes';

  var english = notes ? translateNotes_(notes) : '';
  var ss = SpreadsheetApp.getActive();
  ss.getSheetByName(SHEET_VISITS).appendRow([new Date(), household, notes, english, urgent]);

  addToAppSheet_({ 'Household ID': household, 'Notes (EN)': english, 'Urgent': urgent });

  if (urgent) {
    var phone = lookupCoordinatorPhone_(household);
    if (phone) sendSms_(phone, 'Urgent follow-up requested for household ' + household + '. See AppSheet.');
  }
}

function translateNotes_(text) {
  var res = UrlFetchApp.fetch('https://api.openai.com/v1/chat/completions', {
    method: 'post',
    contentType: 'application/json',
    headers: { Authorization: 'Bearer ' + OPENAI_KEY },
    payload: JSON.stringify({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Translate field visit notes from Swahili to English. Keep names and numbers as-is.' },
        { role: 'user', content: text }
      ],
      temperature: 0
    }),
    muteHttpExceptions: true
  });
  if (res.getResponseCode() !== 200) return '[translation failed ' + res.getResponseCode() + ']';
  return JSON.parse(res.getContentText()).choices[0].message.content;
}

function addToAppSheet_(record) {
  var url = 'https://www.appsheet.com/api/v2/apps/' + APPSHEET_APP_ID + '/tables/Visits/Action';
  UrlFetchApp.fetch(url, {
    method: 'post',
    contentType: 'application/json',
    headers: { ApplicationAccessKey: APPSHEET_KEY },
    payload: JSON.stringify({ Action: 'Add', Properties: { Locale: 'en-KE', Timezone: 'E. Africa Standard Time' }, Rows: [record] })
  });
}

function sendSms_(to, body) {
  var url = 'https://api.twilio.com/2010-04-01/Accounts/' + TWILIO_SID + '/Messages.json';
  UrlFetchApp.fetch(url, {
    method: 'post',
    headers: { Authorization: 'Basic ' + Utilities.base64Encode(TWILIO_SID + ':' + TWILIO_TOKEN) },
    payload: { To: to, From: TWILIO_FROM, Body: body }
  });
}

function lookupCoordinatorPhone_(householdId) {
  var data = SpreadsheetApp.getActive().getSheetByName('Households').getDataRange().getValues();
  for (var i = 1; i < data.length; i++) {
    if (data[i][0] === householdId) return data[i][6];
  }
  return null;
}

function dailyDigest() {
  var sheet = SpreadsheetApp.getActive().getSheetByName(SHEET_VISITS);
  var rows = sheet.getDataRange().getValues().slice(1);
  var today = Utilities.formatDate(new Date(), 'Africa/Nairobi', 'yyyy-MM-dd');
  var todays = rows.filter(function (r) { return Utilities.formatDate(new Date(r[0]), 'Africa/Nairobi', 'yyyy-MM-dd') === today; });
  var urgent = todays.filter(function (r) { return r[4] === true; }).length;
  UrlFetchApp.fetch(SLACK_DIGEST_HOOK, {
    method: 'post',
    contentType: 'application/json',
    payload: JSON.stringify({ text: 'Field visits today: ' + todays.length + ' (' + urgent + ' urgent)' })
  });
}
