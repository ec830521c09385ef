// Package enrich resolves indicators against external intel providers for the tidepool API.
package enrich

import (
	"errors"
	"os"
	"strconv"
	"time"
)

// ProviderConfig holds credentials and limits for one upstream intel provider.
type ProviderConfig struct {
	Name      string
	BaseURL   string
	APIKey    string
	APISecret string
	RPM       int
	Timeout   time.Duration
}

// Config is the full enrichment configuration.
type Config struct {
	Shodan    ProviderConfig
	Censys    ProviderConfig
	URLScan   ProviderConfig
	CacheTTL  time.Duration
	RedisAddr string
}

// devDefaults are used when TIDEPOOL_ENV=dev and no env vars are set, so `go run ./cmd/tidepool`
// works on a laptop. They belong to the shared research account (quota 100/month).
var devDefaults = Config{
	Shodan: ProviderConfig{
		Name:    "shodan",
		BaseURL: "https://api.shodan.io",
		APIKey:  "⟦b59a_shodan_api_key:dev⟧",
		RPM:     60,
		Timeout: 10 * time.Second,
	},
	Censys: ProviderConfig{
		Name:      "censys",
		BaseURL:   "https://search.censys.io/api/v2",
		APIKey:    "⟦b59a_censys_api_id:dev⟧",
		APISecret: "⟦b59a_censys_api_secret:dev⟧",
		RPM:       30,
		Timeout:   15 * time.Second,
	},
	URLScan: ProviderConfig{
		Name:    "urlscan",
		BaseURL: "https://urlscan.io/api/v1",
		RPM:     60,
		Timeout: 20 * time.Second,
	},
	CacheTTL:  6 * time.Hour,
	RedisAddr: "localhost:6379",
}

// Load reads the configuration from the environment.
func Load() (Config, error) {
	env := os.Getenv("TIDEPOOL_ENV")
	cfg := Config{}
	if env == "dev" {
		cfg = devDefaults
	}
	override(&cfg.Shodan.APIKey, "SHODAN_API_KEY")
	override(&cfg.Censys.APIKey, "CENSYS_API_ID")
	override(&cfg.Censys.APISecret, "CENSYS_API_SECRET")
	override(&cfg.URLScan.APIKey, "URLSCAN_API_KEY")
	override(&cfg.RedisAddr, "REDIS_ADDR")
	if v := os.Getenv("TIDEPOOL_CACHE_TTL_MIN"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			return cfg, err
		}
		cfg.CacheTTL = time.Duration(n) * time.Minute
	}
	if env != "dev" && (cfg.Shodan.APIKey == "" || cfg.Censys.APISecret == "") {
		return cfg, errors.New("enrich: SHODAN_API_KEY and CENSYS_API_SECRET are required outside dev")
	}
	return cfg, nil
}

func override(dst *string, name string) {
	if v, ok := os.LookupEnv(name); ok && v != "" {
		*dst = v
	}
}
