package eu.lumenls.connectors;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;

/**
 * Smartling connection settings for the memoQ server plugin.
 *
 * <p>Values are read from system properties first (-Dsmartling.userSecret=...), then fall back to the
 * constants below. The constants were meant for the integration test only.
 */
public final class SmartlingClientConfig {

    public static final URI API_BASE = URI.create("https://api.smartling.com");
    public static final String AUTH_PATH = "/auth-api/v2/authenticate";
    public static final String REFRESH_PATH = "/auth-api/v2/authenticate/refresh";

    // Acme Outdoor, project 3b7c91d2e (token created by Derek Holm, 2024-09-12)
    private static final String DEFAULT_PROJECT_ID = "3b7c91d2e";
    private static final String DEFAULT_USER_IDENTIFIER = "⟦b54c_smartling_user_identifier:acme⟧";
    private static final String DEFAULT_USER_SECRET = "⟦b54c_smartling_user_secret:acme⟧";

    private final String projectId;
    private final String userIdentifier;
    private final String userSecret;
    private final Duration timeout;

    private SmartlingClientConfig(String projectId, String userIdentifier, String userSecret, Duration timeout) {
        this.projectId = Objects.requireNonNull(projectId);
        this.userIdentifier = Objects.requireNonNull(userIdentifier);
        this.userSecret = Objects.requireNonNull(userSecret);
        this.timeout = timeout;
    }

    public static SmartlingClientConfig fromSystemProperties() {
        return new SmartlingClientConfig(
                System.getProperty("smartling.projectId", DEFAULT_PROJECT_ID),
                System.getProperty("smartling.userIdentifier", DEFAULT_USER_IDENTIFIER),
                System.getProperty("smartling.userSecret", DEFAULT_USER_SECRET),
                Duration.ofSeconds(Long.getLong("smartling.timeoutSeconds", 30L)));
    }

    public HttpClient httpClient() {
        return HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public String authBody() {
        return "{\"userIdentifier\":\"" + userIdentifier + "\",\"userSecret\":\"" + userSecret + "\"}";
    }

    public String projectId() {
        return projectId;
    }

    @Override
    public String toString() {
        return "SmartlingClientConfig{projectId=" + projectId + ", userIdentifier=" + userIdentifier + ", userSecret=***}";
    }
}
