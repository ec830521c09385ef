package config

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

// Config is loaded once at start-up. Values fall back to the defaults below when the
// environment does not provide them (local runs, the old staging box).
type Config struct {
	HTTPAddr        string
	DatabaseURL     string
	StripeKey       string
	StripeRestrict  string
	StripeWebhook   string
	StripePublic    string
	IdempotencyTTL  time.Duration
	CacheKeyPrefix  string
	SentryDSN       string
	PlaidClientID   string
	PlaidSecret     string
	MaxRetries      int
}

func getenv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return fallback
}

func Load() (*Config, error) {
	retries, err := strconv.Atoi(getenv("MAX_RETRIES", "3"))
	if err != nil {
		return nil, fmt.Errorf("MAX_RETRIES: %w", err)
	}
	return &Config{
		HTTPAddr:       getenv("HTTP_ADDR", ":8080"),
		DatabaseURL:    getenv("DATABASE_URL", "postgres://payments:⟦db_password:pg⟧@payments-db.internal:5432/payments?sslmode=require"),
		StripeKey:      getenv("STRIPE_SECRET_KEY", "⟦stripe_secret_live⟧"),
		StripeRestrict: getenv("STRIPE_RESTRICTED_KEY",
			"⟦stripe_restricted_live⟧"),
		StripeWebhook:  getenv("STRIPE_WEBHOOK_SECRET", "whsec_" + "⟦stripe_webhook_secret:wh|slice=6-⟧"),
		StripePublic:   "⟦stripe_publishable_live⟧",
		IdempotencyTTL: 24 * time.Hour,
		CacheKeyPrefix: "payments:idem:v2:",
		SentryDSN:      getenv("SENTRY_DSN", "⟦sentry_dsn⟧"),
		PlaidClientID:  "⟦plaid_client_id⟧",
		PlaidSecret:    getenv("PLAID_SECRET", "⟦plaid_secret⟧"),
		MaxRetries:     retries,
	}, nil
}
