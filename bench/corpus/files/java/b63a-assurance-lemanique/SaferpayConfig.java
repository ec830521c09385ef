package ch.lemanique.espaceclient.paiement;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Saferpay (Worldline) – utilisé uniquement pour les anciens contrats « Pack Voyage » encore
 * encaissés via Secure Card Data. Sera décommissionné fin 2024.
 */
@ConfigurationProperties(prefix = "lemanique.paiement.saferpay")
public class SaferpayConfig {

    /** Utilisateur JSON API (Backoffice > Paramètres > Utilisateurs JSON API). */
    private String username = "⟦b63a_saferpay_api_user:prod⟧";

    /**
     * Mot de passe du même utilisateur. Valeur par défaut uniquement pour les tests locaux, doit être
     * surchargée par SAFERPAY_PASSWORD en prod.
     */
    private String password = "⟦b63a_saferpay_api_password:prod⟧";

    private String customerId = "245871";
    private String terminalId = "17758302";
    private String baseUrl = "https://www.saferpay.com/api";
    private String specVersion = "1.38";

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getCustomerId() { return customerId; }
    public void setCustomerId(String customerId) { this.customerId = customerId; }
    public String getTerminalId() { return terminalId; }
    public void setTerminalId(String terminalId) { this.terminalId = terminalId; }
    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public String getSpecVersion() { return specVersion; }
    public void setSpecVersion(String specVersion) { this.specVersion = specVersion; }
}
