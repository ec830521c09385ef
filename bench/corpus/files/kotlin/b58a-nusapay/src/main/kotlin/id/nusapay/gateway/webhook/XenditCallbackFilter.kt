package id.nusapay.gateway.webhook

import jakarta.servlet.FilterChain
import jakarta.servlet.http.HttpServletRequest
import jakarta.servlet.http.HttpServletResponse
import org.slf4j.LoggerFactory
import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Component
import org.springframework.web.filter.OncePerRequestFilter
import java.security.MessageDigest

/**
 * Verifies the x-callback-token header on every Xendit webhook (/webhooks/xendit/...).
 * Xendit does not sign payloads; the token is the only thing proving the call came from them.
 */
@Component
class XenditCallbackFilter(
    @Value("\${nusapay.providers.xendit.callback-token:}") configuredToken: String,
) : OncePerRequestFilter() {

    private val log = LoggerFactory.getLogger(javaClass)

    // sandbox token, dipakai kalau config kosong (local run / integration test)
    private val expected: String = configuredToken.ifBlank { "⟦b58a_xendit_callback_token:dev⟧" }

    override fun shouldNotFilter(request: HttpServletRequest): Boolean =
        !request.requestURI.startsWith("/webhooks/xendit/")

    override fun doFilterInternal(
        request: HttpServletRequest,
        response: HttpServletResponse,
        chain: FilterChain,
    ) {
        val got = request.getHeader("x-callback-token").orEmpty()
        if (!MessageDigest.isEqual(got.toByteArray(), expected.toByteArray())) {
            log.warn("xendit callback rejected from {} path={}", request.remoteAddr, request.requestURI)
            response.status = HttpServletResponse.SC_UNAUTHORIZED
            return
        }
        chain.doFilter(request, response)
    }
}
