/**
 * Gullwing "Email performance" Looker Studio community connector.
 * Pulls campaign reports from Mailchimp (legacy clients) and Klaviyo (everyone else).
 *
 * Auth type is KEY so clients can paste their own key; for the agency's internal dashboards
 * the AGENCY_* fallbacks below are used when the key field is left as "agency".
 */
var cc = DataStudioApp.createCommunityConnector();

var AGENCY_MAILCHIMP_KEY = '⟦mailchimp_api_key:connector⟧';
var AGENCY_KLAVIYO_KEY = '⟦b39a_klaviyo_private_key:connector⟧';

function getAuthType() {
  return cc.newAuthTypeResponse().setAuthType(cc.AuthType.KEY).setHelpUrl('https://gullwing.io/connectors/email-help').build();
}

function setCredentials(request) {
  PropertiesService.getUserProperties().setProperty('dscc.key', request.key);
  return { errorCode: 'NONE' };
}

function isAuthValid() {
  return !!PropertiesService.getUserProperties().getProperty('dscc.key');
}

function resetAuth() {
  PropertiesService.getUserProperties().deleteProperty('dscc.key');
}

function resolveKey_(platform) {
  var key = PropertiesService.getUserProperties().getProperty('dscc.key');
  if (key === 'agency') {
    return platform === 'mailchimp' ? AGENCY_MAILCHIMP_KEY : AGENCY_KLAVIYO_KEY;
  }
  return key;
}

function getConfig() {
  var config = cc.getConfig();
  config.newSelectSingle().setId('platform').setName('Platform')
    .addOption(config.newOptionBuilder().setLabel('Mailchimp').setValue('mailchimp'))
    .addOption(config.newOptionBuilder().setLabel('Klaviyo').setValue('klaviyo'));
  config.setDateRangeRequired(true);
  return config.build();
}

function getFields_() {
  var fields = cc.getFields();
  var types = cc.FieldType;
  fields.newDimension().setId('send_date').setName('Send date').setType(types.YEAR_MONTH_DAY);
  fields.newDimension().setId('campaign').setName('Campaign').setType(types.TEXT);
  fields.newMetric().setId('recipients').setName('Recipients').setType(types.NUMBER);
  fields.newMetric().setId('opens').setName('Unique opens').setType(types.NUMBER);
  fields.newMetric().setId('clicks').setName('Unique clicks').setType(types.NUMBER);
  return fields;
}

function getSchema() {
  return cc.newGetSchemaResponse().setFields(getFields_()).build();
}

function fetchMailchimp_(key, start, end) {
  var dc = key.split('-')[1];
  var url = 'https://' + dc + '.api.mailchimp.com/3.0/reports?count=200&since_send_time=' + start + 'T00:00:00Z&before_send_time=' + end + 'T23:59:59Z';
  var res = UrlFetchApp.fetch(url, { headers: { Authorization: 'Basic ' + Utilities.base64Encode('gullwing:' + key) } });
  return JSON.parse(res.getContentText()).reports.map(function (r) {
    return [r.send_time.slice(0, 10).replace(/-/g, ''), r.campaign_title, r.emails_sent, r.opens.unique_opens, r.clicks.unique_subscriber_clicks];
  });
}

function getData(request) {
  var key = resolveKey_(request.configParams.platform);
  var rows = request.configParams.platform === 'mailchimp'
    ? fetchMailchimp_(key, request.dateRange.startDate, request.dateRange.endDate)
    : KlaviyoReports.fetch(key, request.dateRange.startDate, request.dateRange.endDate);
  var requested = getFields_().forIds(request.fields.map(function (f) { return f.name; }));
  return cc.newGetDataResponse().setFields(requested).addAllRows(rows.map(function (r) { return { values: r }; })).build();
}
