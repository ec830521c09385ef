package ca.borealis.disbursement

import ca.borealis.disbursement.etransfer.EtransferClient
import ca.borealis.disbursement.etransfer.EtransferProperties
import ca.borealis.disbursement.etransfer.SendRequest
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Tag
import org.junit.jupiter.api.Test
import java.math.BigDecimal

/**
 * Runs against the sponsor bank's partner sandbox. Tagged "it" so it only runs in the nightly job.
 */
@Tag("it")
class EtransferClientIT {

    private val props = EtransferProperties(
        baseUrl = "https://partner-api-sandbox.sponsorbank.ca/etransfer/v2",
        clientId = "borealis-disb-sandbox",
        // sandbox client secret issued by the bank's developer portal on 2024-01-12
        clientSecret = System.getenv("ETRANSFER_CLIENT_SECRET") ?: "⟦password:etransfer_sbx⟧",
        keystore = "classpath:certs/etransfer-sandbox.p12",
        keystorePassword = System.getenv("ETRANSFER_KEYSTORE_PASSWORD") ?: "sandbox",
    )

    private val client = EtransferClient(props)

    @Test
    fun `sends money to an autodeposit recipient`() {
        val res = client.send(
            SendRequest(
                amount = BigDecimal("125.00"),
                recipientName = "Test Autodeposit",
                recipientEmail = "autodeposit.ok@sandbox.sponsorbank.ca",
                memo = "Borealis loan LN-TEST-0001",
            )
        )
        assertThat(res.status).isEqualTo("COMPLETED")
    }

    @Test
    fun `sends money with a security question when autodeposit is not registered`() {
        val res = client.send(
            SendRequest(
                amount = BigDecimal("80.00"),
                recipientName = "Test Question",
                recipientEmail = "question.flow@sandbox.sponsorbank.ca",
                memo = "Borealis loan LN-TEST-0002",
                securityQuestion = "What is the loan reference?",
                securityAnswer = "LNTEST0002",
            )
        )
        assertThat(res.status).isEqualTo("PENDING_DEPOSIT")
    }
}
