/**
 * "Client spend tracker" sheet -- menu Gullwing > Refresh spend.
 * Writes yesterday's spend per channel into the `Raw` tab; the pacing tabs are formulas.
 *
 * Script properties (File > Project properties) hold the Google Ads bits. The social tokens
 * were pasted inline by the intern and never moved; see MKT-311.
 */
var META_TOKEN = 'EAAG' + '⟦facebook_access_token:sheet|slice=4⟧';
var TIKTOK_TOKEN = '⟦b46b_tiktok_ads_access_token:sheet⟧';
var LINKEDIN_TOKEN = '⟦b46b_linkedin_access_token:sheet⟧';

var META_ACCOUNTS = { 'Seabright Hotels': '⟦b46b_meta_ad_account_id:seabright⟧', 'Kelp & Co.': '⟦b46b_meta_ad_account_id:kelp⟧' };

function onOpen() {
  SpreadsheetApp.getUi().createMenu('Gullwing').addItem('Refresh spend', 'refreshSpend').addToUi();
}

function yesterday_() {
  var d = new Date();
  d.setDate(d.getDate() - 1);
  return Utilities.formatDate(d, 'America/New_York', 'yyyy-MM-dd');
}

function metaSpend_(account, day) {
  var url = 'https://graph.facebook.com/v19.0/' + account + '/insights?fields=spend&time_range=' +
    encodeURIComponent(JSON.stringify({ since: day, until: day })) + '&access_token=' + META_TOKEN;
  var data = JSON.parse(UrlFetchApp.fetch(url).getContentText()).data;
  return data.length ? Number(data[0].spend) : 0;
}

function tiktokSpend_(advertiserId, day) {
  var url = 'https://business-api.tiktok.com/open_api/v1.3/report/integrated/get/?advertiser_id=' + advertiserId +
    '&report_type=BASIC&data_level=AUCTION_ADVERTISER&dimensions=%5B%22advertiser_id%22%5D&metrics=%5B%22spend%22%5D&start_date=' + day + '&end_date=' + day;
  var body = JSON.parse(UrlFetchApp.fetch(url, { headers: { 'Access-Token': TIKTOK_TOKEN } }).getContentText());
  return body.data.list.length ? Number(body.data.list[0].metrics.spend) : 0;
}

function googleAdsSpend_(customerId, day) {
  var props = PropertiesService.getScriptProperties();
  var res = UrlFetchApp.fetch('https://googleads.googleapis.com/v16/customers/' + customerId + '/googleAds:search', {
    method: 'post',
    contentType: 'application/json',
    headers: {
      Authorization: 'Bearer ' + ScriptApp.getOAuthToken(),
      'developer-token': props.getProperty('GOOGLE_ADS_DEVELOPER_TOKEN'),
      'login-customer-id': props.getProperty('GOOGLE_ADS_LOGIN_CUSTOMER_ID')
    },
    payload: JSON.stringify({ query: "SELECT metrics.cost_micros FROM customer WHERE segments.date = '" + day + "'" })
  });
  var rows = JSON.parse(res.getContentText()).results || [];
  return rows.length ? Number(rows[0].metrics.costMicros) / 1e6 : 0;
}

function linkedinSpend_(accountId, day) {
  var p = day.split('-');
  var url = 'https://api.linkedin.com/rest/adAnalytics?q=analytics&pivot=ACCOUNT&timeGranularity=DAILY' +
    '&dateRange=(start:(year:' + +p[0] + ',month:' + +p[1] + ',day:' + +p[2] + '))&accounts=List(urn%3Ali%3AsponsoredAccount%3A' + accountId + ')&fields=costInUsd';
  var res = UrlFetchApp.fetch(url, { headers: { Authorization: 'Bearer ' + LINKEDIN_TOKEN, 'LinkedIn-Version': '202404' } });
  var els = JSON.parse(res.getContentText()).elements;
  return els.length ? Number(els[0].costInUsd) : 0;
}

function refreshSpend() {
  var day = yesterday_();
  var sheet = SpreadsheetApp.getActive().getSheetByName('Raw');
  Object.keys(META_ACCOUNTS).forEach(function (client) {
    sheet.appendRow([day, client, 'Meta', metaSpend_(META_ACCOUNTS[client], day)]);
  });
  sheet.appendRow([day, 'Seabright Hotels', 'TikTok', tiktokSpend_('⟦b46b_tiktok_advertiser_id:seabright⟧', day)]);
  sheet.appendRow([day, 'Seabright Hotels', 'Google Ads', googleAdsSpend_('6412230981', day)]);
  sheet.appendRow([day, 'Kelp & Co.', 'LinkedIn', linkedinSpend_('508213377', day)]);
}
