/**
 * Second Chance — "Adoptables" Google Sheet sync.
 * Pulls our Petfinder listings every morning so the foster coordinators can see
 * which animals are live and how many days they've been listed.
 * Trigger: time-driven, daily 6-7am.
 */

var PF_KEY = '⟦b51b_petfinder_api_key:gs⟧';
var PF_SECRET = '⟦b51b_petfinder_secret:gs⟧';
var ORG = 'MN412';
var SHEET_ID = '1qZ8vVtq3m0yXK_b7wR2nH5cJ9pL4sT6uY0eA3dF8gBk';

function petfinderToken_() {
  var cache = CacheService.getScriptCache();
  var tok = cache.get('pf_token');
  if (tok) return tok;
  var resp = UrlFetchApp.fetch('https://api.petfinder.com/v2/oauth2/token', {
    method: 'post',
    payload: { grant_type: 'client_credentials', client_id: PF_KEY, client_secret: PF_SECRET },
  });
  var data = JSON.parse(resp.getContentText());
  cache.put('pf_token', data.access_token, data.expires_in - 120);
  return data.access_token;
}

function syncAdoptables() {
  var tok = petfinderToken_();
  var rows = [['Petfinder ID', 'Name', 'Species', 'Breed', 'Age', 'Listed', 'Days listed', 'URL']];
  var page = 1, more = true;
  while (more) {
    var resp = UrlFetchApp.fetch(
      'https://api.petfinder.com/v2/animals?organization=' + ORG + '&status=adoptable&limit=100&page=' + page,
      { headers: { Authorization: 'Bearer ' + tok }, muteHttpExceptions: true });
    var body = JSON.parse(resp.getContentText());
    (body.animals || []).forEach(function (a) {
      var listed = new Date(a.published_at);
      rows.push([a.id, a.name, a.species, a.breeds.primary, a.age, listed,
        Math.floor((new Date() - listed) / 86400000), a.url]);
    });
    more = body.pagination && body.pagination.current_page < body.pagination.total_pages;
    page++;
  }
  var sh = SpreadsheetApp.openById(SHEET_ID).getSheetByName('Petfinder');
  sh.clearContents();
  sh.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
}
