package com.northwind.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class AppConfig {
    @Value("${stripe.secret-key}")
    private String stripeSecretKey;

    @Value("${DB_PASSWORD:}")
    private String dbPassword;

    private final String githubToken = System.getenv("GITHUB_TOKEN");
    private final String apiKey = System.getProperty("api.key", "");
    private final String vaultToken = System.getenv().getOrDefault("VAULT_TOKEN", "");

    public String stripeSecretKey() { return stripeSecretKey; }
    public String dbPassword() { return dbPassword; }
}
