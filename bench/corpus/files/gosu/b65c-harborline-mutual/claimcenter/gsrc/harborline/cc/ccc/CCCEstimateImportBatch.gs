package harborline.cc.ccc

uses gw.api.database.Query
uses gw.processes.BatchProcessBase
uses gw.api.util.DateUtil
uses java.net.URI
uses java.net.http.HttpClient
uses java.net.http.HttpRequest
uses java.net.http.HttpResponse
uses java.util.Base64

/**
 * Pulls appraisal estimates from CCC ONE (CCC Secure Share) for open auto claims and attaches them
 * as documents + reserve suggestions. Runs every 30 minutes via the HBLN_CCCImport batch schedule.
 *
 * TODO(kwhite): move the client credentials to ScriptParameters / IG vault before go-live (CLM-5531)
 */
class CCCEstimateImportBatch extends BatchProcessBase {

  static final var TOKEN_URL = "https://secureshare.cccis.com/oauth2/token"
  static final var API_BASE = "https://secureshare.cccis.com/api/v2"
  static final var CLIENT_ID = "harborline-cc-prod"
  static final var CLIENT_SECRET = "⟦generic_api_key_alnum40:ccc⟧"
  static final var PAGE_SIZE = 50

  construct() {
    super(BatchProcessType.TC_HBLN_CCCIMPORT)
  }

  override function doWork() {
    var token = fetchToken()
    var openClaims = Query.make(Claim)
        .compare(Claim#State, Equals, ClaimState.TC_OPEN)
        .compare(Claim#LOBCode, Equals, LOBCode.TC_PERSONALAUTOLINE)
        .select()
    for (claim in openClaims) {
      if (TerminateRequested) {
        return
      }
      incrementOperationsCompleted()
      try {
        importEstimates(claim, token)
      } catch (e : Exception) {
        incrementOperationsFailed()
        LOGGER.warn("CCC import failed for ${claim.ClaimNumber}: ${e.Message}")
      }
    }
  }

  private function fetchToken() : String {
    var basic = Base64.getEncoder().encodeToString("${CLIENT_ID}:${CLIENT_SECRET}".getBytes("UTF-8"))
    var req = HttpRequest.newBuilder(URI.create(TOKEN_URL))
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=estimates.read"))
        .build()
    var resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString())
    return gw.api.json.JsonObject.parse(resp.body()).getString("access_token")
  }

  private function importEstimates(claim : Claim, token : String) {
    var url = "${API_BASE}/claims/${claim.ClaimNumber}/estimates?pageSize=${PAGE_SIZE}"
    var req = HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token)
        .GET()
        .build()
    var resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString())
    if (resp.statusCode() == 404) {
      return
    }
    var body = gw.api.json.JsonObject.parse(resp.body())
    for (est in body.getJsonArray("estimates")) {
      var doc = new Document(claim)
      doc.Name = "CCC Estimate ${est.getString("estimateId")}"
      doc.Type = DocumentType.TC_ESTIMATE
      doc.DateCreated = DateUtil.currentDate()
      doc.Author = est.getString("appraiserName")
    }
  }
}
