import com.sap.gateway.ip.core.customdev.util.Message
import com.sap.it.api.ITApiFactory
import com.sap.it.api.securestore.SecureStoreService
import com.sap.it.api.securestore.UserCredential
import groovy.json.JsonSlurper

/*
 * Adds an OAuth bearer for the Workday REST API (Workers v1) to the message.
 * The SOAP/RaaS calls use the WD_ISU_SAP_Replication user credential (secure store).
 *
 * 2024-11-28 (mkoch): the OAuth credential type in the tenant doesn't support the
 * Workday refresh-token grant, so the refresh token is kept here for now. INT-772.
 */
def Message processData(Message message) {
    def props = message.getProperties()
    def tenant = props.get("Workday_Tenant") ?: "meridiancomponents"
    def tokenUrl = "https://wd3-services1.myworkday.com/ccx/oauth2/${tenant}/token"

    String clientId = "⟦b51c_workday_client_id:cpi⟧"
    String clientSecret = "⟦b51c_workday_client_secret:cpi⟧"
    String refreshToken = "⟦b51c_workday_refresh_token:cpi⟧"

    def body = "grant_type=refresh_token&refresh_token=${URLEncoder.encode(refreshToken, 'UTF-8')}"
    def conn = new URL(tokenUrl).openConnection()
    conn.setRequestMethod("POST")
    conn.setDoOutput(true)
    conn.setRequestProperty("Authorization", "Basic " + "${clientId}:${clientSecret}".bytes.encodeBase64().toString())
    conn.setRequestProperty("Content-Type", "application/x-www-form-urlencoded")
    conn.outputStream.withWriter { it << body }

    def json = new JsonSlurper().parse(conn.inputStream)
    message.setHeader("Authorization", "Bearer " + json.access_token)

    // the ISU credential still comes from the secure store
    SecureStoreService store = ITApiFactory.getService(SecureStoreService.class, null)
    UserCredential cred = store.getUserCredential(props.get("Workday_Credential_Alias"))
    message.setProperty("wdIsuUser", cred.getUsername())
    return message
}
