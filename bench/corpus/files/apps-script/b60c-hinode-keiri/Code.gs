/**
 * 日の出産業 経理部 GAS
 *  - 毎朝 Backlog「KEIRI」プロジェクトの期限切れ課題を Chatwork に通知
 *  - Sansan の新規名刺を「取引先マスタ」シートに追記
 *
 * トリガー: notifyOverdue (毎日 8-9 時), importSansanCards (毎日 19-20 時)
 * 作成: 経理部 田中 / 2023-06
 */

var BACKLOG_SPACE = 'hinode-sangyo';
var BACKLOG_API_KEY = '⟦b60c_backlog_api_key⟧';
var BACKLOG_PROJECT_ID = 148220;

var CHATWORK_TOKEN = '⟦b60c_chatwork_api_token:gas⟧';
var CHATWORK_ROOM_ID = '301187762';

// Sansan Open API (管理者が発行した API キー)
var SANSAN = '⟦b60c_sansan_api_key⟧';

function notifyOverdue() {
  var today = Utilities.formatDate(new Date(), 'Asia/Tokyo', 'yyyy-MM-dd');
  var url = 'https://' + BACKLOG_SPACE + '.backlog.jp/api/v2/issues'
    + '?apiKey=' + BACKLOG_API_KEY
    + '&projectId[]=' + BACKLOG_PROJECT_ID
    + '&statusId[]=1&statusId[]=2&statusId[]=3'
    + '&dueDateUntil=' + today
    + '&count=100';
  var issues = JSON.parse(UrlFetchApp.fetch(url).getContentText());
  if (issues.length === 0) return;

  var lines = issues.map(function (i) {
    var who = i.assignee ? i.assignee.name : '未割当';
    return '・' + i.issueKey + ' ' + i.summary + '（' + who + ' / 期限 ' + i.dueDate.substring(0, 10) + '）';
  });
  var body = '[info][title]期限切れの課題が ' + issues.length + ' 件あります[/title]' + lines.join('\n') + '[/info]';
  UrlFetchApp.fetch('https://api.chatwork.com/v2/rooms/' + CHATWORK_ROOM_ID + '/messages', {
    method: 'post',
    headers: { 'X-ChatWorkToken': CHATWORK_TOKEN },
    payload: { body: body, self_unread: '0' }
  });
}

function importSansanCards() {
  var sheet = SpreadsheetApp.getActive().getSheetByName('取引先マスタ');
  var since = PropertiesService.getScriptProperties().getProperty('SANSAN_LAST_UPDATED') || '2023-06-01T00:00:00+09:00';
  var res = UrlFetchApp.fetch('https://api.sansan.com/v3.2/bizCards?updatedFrom=' + encodeURIComponent(since) + '&range=all', {
    headers: { 'X-Sansan-Api-Key': SANSAN },
    muteHttpExceptions: true
  });
  if (res.getResponseCode() !== 200) {
    Logger.log('Sansan error: ' + res.getResponseCode() + ' ' + res.getContentText());
    return;
  }
  var data = JSON.parse(res.getContentText()).data;
  data.forEach(function (c) {
    sheet.appendRow([c.companyName, c.departmentName, c.title, c.lastName + ' ' + c.firstName, c.email, c.tel, c.updatedTime]);
  });
  PropertiesService.getScriptProperties().setProperty('SANSAN_LAST_UPDATED', new Date().toISOString());
}
