/**
 * Whitfield Books -- monthly invoice reminders.
 * Bound to the "Client Billing 2024" Google Sheet. Trigger: time-driven, 1st of month 8am.
 * Reads open invoices from Wave (my own business is on Wave) and posts a digest to my Slack.
 */
var WAVE_TOKEN = '⟦b68c_wave_full_access_token:gas⟧';
var WAVE_BUSINESS = '⟦b68c_wave_business_id:dana⟧';
var SLACK_HOOK = '⟦slack_webhook:dana⟧';

function monthlyReminders() {
  var query = 'query($id: ID!) { business(id: $id) { invoices(status: OVERDUE, pageSize: 50) { edges { node { invoiceNumber dueDate amountDue { value } customer { name email } } } } } }';
  var res = UrlFetchApp.fetch('https://gql.waveapps.com/graphql/public', {
    method: 'post',
    contentType: 'application/json',
    headers: { Authorization: 'Bearer ' + WAVE_TOKEN },
    payload: JSON.stringify({ query: query, variables: { id: WAVE_BUSINESS } }),
    muteHttpExceptions: true
  });
  var data = JSON.parse(res.getContentText());
  var edges = data.data.business.invoices.edges;
  var sheet = SpreadsheetApp.getActive().getSheetByName('Overdue');
  sheet.clearContents();
  sheet.appendRow(['Invoice', 'Customer', 'Email', 'Due', 'Amount']);
  var lines = [];
  edges.forEach(function (e) {
    var n = e.node;
    sheet.appendRow([n.invoiceNumber, n.customer.name, n.customer.email, n.dueDate, n.amountDue.value]);
    lines.push('• #' + n.invoiceNumber + ' ' + n.customer.name + ' $' + n.amountDue.value + ' (due ' + n.dueDate + ')');
  });
  if (lines.length) {
    UrlFetchApp.fetch(SLACK_HOOK, {
      method: 'post',
      contentType: 'application/json',
      payload: JSON.stringify({ text: '*Overdue invoices*\n' + lines.join('\n') })
    });
  }
}
