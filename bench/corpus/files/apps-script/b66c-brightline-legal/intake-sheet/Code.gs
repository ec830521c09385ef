/**
 * "Intake Log" Google Sheet -> sends the engagement letter through Dropbox Sign when
 * column H is set to "Send letter". Bound script, trigger: onEdit (installable).
 * Written by Rosa with help from a YouTube video, March 2024.
 */
var DBS_KEY = '⟦b48b_dropboxsign_api_key:gs⟧';
var TEMPLATE_ID = '⟦sha1:tplgs⟧';
var CLIO_TOKEN = PropertiesService.getScriptProperties().getProperty('CLIO_TOKEN');

function onEditInstalled(e) {
  var sh = e.range.getSheet();
  if (sh.getName() !== 'Intake' || e.range.getColumn() !== 8 || e.value !== 'Send letter') return;
  var row = sh.getRange(e.range.getRow(), 1, 1, 8).getValues()[0];
  var name = row[1], email = row[2], matter = row[5];
  var payload = {
    test_mode: 0,
    template_ids: [TEMPLATE_ID],
    subject: 'Engagement letter - Brightline Legal',
    'signers[Client][name]': name,
    'signers[Client][email_address]': email,
    'custom_fields': JSON.stringify([{ name: 'MatterNumber', value: matter }])
  };
  var resp = UrlFetchApp.fetch('https://api.hellosign.com/v3/signature_request/send_with_template', {
    method: 'post',
    payload: payload,
    headers: { Authorization: 'Basic ' + Utilities.base64Encode(DBS_KEY + ':') },
    muteHttpExceptions: true
  });
  sh.getRange(e.range.getRow(), 9).setValue(resp.getResponseCode() === 200 ? 'Sent ' + new Date().toLocaleDateString() : 'ERROR ' + resp.getContentText().slice(0, 80));
}

function setupClioToken() {
  // run once from the editor, then delete the value from here!
  PropertiesService.getScriptProperties().setProperty('CLIO_TOKEN', '⟦b48b_clio_access_token:gs⟧');
}
