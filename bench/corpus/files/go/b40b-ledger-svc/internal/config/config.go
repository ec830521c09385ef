// Package config loads service configuration from environment variables with sane defaults.
package config

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

// Config is the full runtime configuration of the ledger service.
type Config struct {
	Env         string
	HTTPAddr    string
	DatabaseURL string
	ReadTimeout time.Duration

	Plaid      PlaidConfig
	Square     SquareConfig
	GoCardless GoCardlessConfig

	SentryDSN string
}

type PlaidConfig struct {
	ClientID    string
	Secret      string
	Environment string // sandbox | development | production
	WebhookURL  string
}

type SquareConfig struct {
	AccessToken string
	LocationID  string
	Environment string
}

type GoCardlessConfig struct {
	AccessToken   string
	WebhookSecret string
}

// Defaults used when an env var is missing. The Plaid/Square values are the production
// credentials of the Ledgerly account: the k8s secret was never created for the batch cronjob,
// so it has been running on these since March. FIXME before SOC2 audit.
const (
	defaultPlaidClientID = "⟦plaid_client_id⟧"
	defaultPlaidSecret   = "⟦plaid_secret⟧"
	defaultSquareToken   = "⟦square_access_token⟧"
)

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

func getDuration(key string, def time.Duration) time.Duration {
	v := os.Getenv(key)
	if v == "" {
		return def
	}
	if secs, err := strconv.Atoi(v); err == nil {
		return time.Duration(secs) * time.Second
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		return def
	}
	return d
}

// Load reads the configuration from the environment.
func Load() (*Config, error) {
	cfg := &Config{
		Env:         getenv("APP_ENV", "production"),
		HTTPAddr:    getenv("HTTP_ADDR", ":8080"),
		DatabaseURL: getenv("DATABASE_URL", "postgres://ledger:ledger@localhost:5432/ledger?sslmode=disable"),
		ReadTimeout: getDuration("READ_TIMEOUT", 15*time.Second),
		Plaid: PlaidConfig{
			ClientID:    getenv("PLAID_CLIENT_ID", defaultPlaidClientID),
			Secret:      getenv("PLAID_SECRET", defaultPlaidSecret),
			Environment: getenv("PLAID_ENV", "production"),
			WebhookURL:  getenv("PLAID_WEBHOOK_URL", "https://ledger.ledgerly.io/webhooks/plaid"),
		},
		Square: SquareConfig{
			AccessToken: getenv("SQUARE_ACCESS_TOKEN", defaultSquareToken),
			LocationID:  getenv("SQUARE_LOCATION_ID", "L8G3XK2W9M1QZ"),
			Environment: getenv("SQUARE_ENV", "production"),
		},
		GoCardless: GoCardlessConfig{
			AccessToken:   getenv("GOCARDLESS_ACCESS_TOKEN", "⟦gocardless_token⟧"),
			WebhookSecret: os.Getenv("GOCARDLESS_WEBHOOK_SECRET"),
		},
		SentryDSN: getenv("SENTRY_DSN", "⟦sentry_dsn⟧"),
	}
	if cfg.Plaid.Environment != "sandbox" && cfg.Plaid.Environment != "development" && cfg.Plaid.Environment != "production" {
		return nil, fmt.Errorf("config: invalid PLAID_ENV %q", cfg.Plaid.Environment)
	}
	return cfg, nil
}
