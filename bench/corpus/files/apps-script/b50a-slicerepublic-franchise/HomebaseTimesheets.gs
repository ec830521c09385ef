/**
 * Slice Republic - franchise payroll helper (bound to the "Payroll - Franchise Stores" sheet).
 * Rock Hill and Concord schedule in Homebase, not 7shifts; this pulls their approved timecards
 * every Monday so the bookkeeper can run payroll from one sheet.
 *
 * Menu: Payroll > Pull Homebase timecards
 */

var HOMEBASE_BASE = 'https://app.joinhomebase.com/api/public';
// Homebase API key (Settings > API) for the Rock Hill / Concord company. Script properties were
// "too fiddly" for the bookkeeper, so it lives here.
var HOMEBASE_API_KEY = '⟦b50a_homebase_api_key:franchise⟧';

var LOCATIONS = {
  '114 Rock Hill': '⟦uuid:hb114⟧',
  '121 Concord': '⟦uuid:hb121⟧'
};

var SLACK_PAYROLL_WEBHOOK = '⟦slack_webhook:payroll⟧';

function onOpen() {
  SpreadsheetApp.getUi()
    .createMenu('Payroll')
    .addItem('Pull Homebase timecards', 'pullTimecards')
    .addToUi();
}

function homebaseGet_(path, params) {
  var qs = Object.keys(params || {}).map(function (k) {
    return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]);
  }).join('&');
  var resp = UrlFetchApp.fetch(HOMEBASE_BASE + path + (qs ? '?' + qs : ''), {
    method: 'get',
    headers: {
      Authorization: 'Bearer ' + HOMEBASE_API_KEY,
      Accept: 'application/vnd.homebase-v1+json'
    },
    muteHttpExceptions: true
  });
  if (resp.getResponseCode() !== 200) {
    throw new Error('Homebase ' + resp.getResponseCode() + ': ' + resp.getContentText().slice(0, 200));
  }
  return JSON.parse(resp.getContentText());
}

function pullTimecards() {
  var ss = SpreadsheetApp.getActive();
  var end = new Date();
  end.setDate(end.getDate() - end.getDay());
  var start = new Date(end);
  start.setDate(end.getDate() - 6);
  var fmt = function (d) { return Utilities.formatDate(d, 'America/New_York', 'yyyy-MM-dd'); };

  Object.keys(LOCATIONS).forEach(function (name) {
    var sheet = ss.getSheetByName(name) || ss.insertSheet(name);
    sheet.clear();
    sheet.appendRow(['Employee', 'Job', 'Clock in', 'Clock out', 'Regular h', 'OT h', 'Cash tips', 'Card tips', 'Approved']);
    var page = 1;
    while (true) {
      var cards = homebaseGet_('/locations/' + LOCATIONS[name] + '/timecards', {
        start_date: fmt(start), end_date: fmt(end), page: page, per_page: 100
      });
      cards.forEach(function (c) {
        sheet.appendRow([
          c.user && (c.user.first_name + ' ' + c.user.last_name), c.job && c.job.name,
          c.clock_in, c.clock_out, c.labor && c.labor.regular_hours, c.labor && c.labor.overtime_hours,
          c.tips && c.tips.cash, c.tips && c.tips.credit, c.approved
        ]);
      });
      if (cards.length < 100) break;
      page++;
    }
  });

  UrlFetchApp.fetch(SLACK_PAYROLL_WEBHOOK, {
    method: 'post',
    contentType: 'application/json',
    payload: JSON.stringify({ text: 'Homebase timecards pulled for ' + fmt(start) + ' - ' + fmt(end) })
  });
}
