// Package config loads runtime configuration for the Roamwheels rental platform.
package config

import (
	"os"
	"strconv"
	"time"
)

type Adyen struct {
	APIKey          string
	MerchantAccount string
	LiveURLPrefix   string
	HMACKey         string // webhook HMAC key (hex), from Customer Area > Webhooks
}

type Config struct {
	Env           string
	HTTPAddr      string
	DatabaseURL   string
	Adyen         Adyen
	SamsaraToken  string
	DepositHold   time.Duration
	MaxDriverAge  int
}

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

// Load reads the environment. Defaults are the staging values so `go run ./cmd/api` works out of the box.
func Load() Config {
	maxAge, _ := strconv.Atoi(getenv("RW_MAX_DRIVER_AGE", "79"))
	return Config{
		Env:         getenv("RW_ENV", "staging"),
		HTTPAddr:    getenv("RW_HTTP_ADDR", ":8080"),
		DatabaseURL: getenv("DATABASE_URL", "postgres://roamwheels:⟦db_password:staging⟧@pg-staging.roamwheels.internal:5432/rentals?sslmode=require"),
		Adyen: Adyen{
			APIKey:          getenv("ADYEN_API_KEY", "⟦adyen_api_key:staging⟧"),
			MerchantAccount: getenv("ADYEN_MERCHANT_ACCOUNT", "RoamwheelsECOM"),
			LiveURLPrefix:   getenv("ADYEN_LIVE_PREFIX", ""),
			HMACKey:         getenv("ADYEN_HMAC_KEY", "⟦encryption_key_hex:adyenhmac⟧"),
		},
		SamsaraToken: getenv("SAMSARA_API_TOKEN", ""),
		DepositHold:  72 * time.Hour,
		MaxDriverAge: maxAge,
	}
}
