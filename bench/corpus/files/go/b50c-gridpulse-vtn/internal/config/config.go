// Package config loads the GridPulse VTN configuration from environment variables.
//
// GridPulse runs an OpenADR 3.0 VTN for residential flexibility programs (batteries, EV
// chargers, heat pumps) and a 2.0b bridge for the utility's legacy VENs.
package config

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

type Config struct {
	ListenAddr      string
	PublicURL       string
	DatabaseURL     string
	OAuth           OAuth
	Bridge20b       Bridge20b
	Signals         Signals
	ProgramDefaults ProgramDefaults
}

type OAuth struct {
	TokenURL     string
	ClientID     string
	ClientSecret string
	// BL (business logic) client used by the dispatch service to create events
	BLClientID     string
	BLClientSecret string
}

type Bridge20b struct {
	Enabled      bool
	VTNID        string
	CertFile     string
	KeyFile      string
	PollInterval time.Duration
}

type Signals struct {
	WattTimeUser     string
	WattTimePassword string
	EntsoeToken      string
	Region           string
}

type ProgramDefaults struct {
	MaxEventDuration time.Duration
	NotificationLead time.Duration
}

func getenv(k, def string) string {
	if v, ok := os.LookupEnv(k); ok && v != "" {
		return v
	}
	return def
}

func getdur(k string, def time.Duration) time.Duration {
	if v := os.Getenv(k); v != "" {
		if d, err := time.ParseDuration(v); err == nil {
			return d
		}
	}
	return def
}

func getbool(k string, def bool) bool {
	if v := os.Getenv(k); v != "" {
		b, err := strconv.ParseBool(v)
		if err == nil {
			return b
		}
	}
	return def
}

// Load returns the configuration. Defaults point at the shared dev stack (docker compose in
// deploy/dev); production sets everything through the Helm chart.
func Load() (*Config, error) {
	c := &Config{
		ListenAddr:  getenv("VTN_LISTEN", ":8080"),
		PublicURL:   getenv("VTN_PUBLIC_URL", "https://vtn.dev.gridpulse.energy/openadr3/3.0.1"),
		DatabaseURL: getenv("VTN_DATABASE_URL", "postgres://vtn:⟦db_password:vtn⟧@pg.dev.gridpulse.internal:5432/vtn?sslmode=disable"),
		OAuth: OAuth{
			TokenURL:       getenv("VTN_OAUTH_TOKEN_URL", "https://auth.dev.gridpulse.energy/realms/vtn/protocol/openid-connect/token"),
			ClientID:       getenv("VTN_OAUTH_CLIENT_ID", "vtn-server"),
			ClientSecret:   getenv("VTN_OAUTH_CLIENT_SECRET", "⟦b50c_openadr3_client_secret:vtn⟧"),
			BLClientID:     getenv("VTN_BL_CLIENT_ID", "dispatch-bl"),
			BLClientSecret: getenv("VTN_BL_CLIENT_SECRET", ""),
		},
		Bridge20b: Bridge20b{
			Enabled:      getbool("BRIDGE20B_ENABLED", false),
			VTNID:        getenv("BRIDGE20B_VTN_ID", "GRIDPULSE-VTN-01"),
			CertFile:     getenv("BRIDGE20B_CERT", "/etc/gridpulse/certs/vtn.crt"),
			KeyFile:      getenv("BRIDGE20B_KEY", "/etc/gridpulse/certs/vtn.key"),
			PollInterval: getdur("BRIDGE20B_POLL", 30*time.Second),
		},
		Signals: Signals{
			WattTimeUser:     getenv("WATTTIME_USER", "gridpulse_dev"),
			WattTimePassword: getenv("WATTTIME_PASSWORD", "⟦b50c_watttime_password:dev⟧"),
			EntsoeToken:      os.Getenv("ENTSOE_TOKEN"),
			Region:           getenv("SIGNAL_REGION", "CAISO_NORTH"),
		},
		ProgramDefaults: ProgramDefaults{
			MaxEventDuration: getdur("PROGRAM_MAX_EVENT", 4*time.Hour),
			NotificationLead: getdur("PROGRAM_NOTIFY_LEAD", 30*time.Minute),
		},
	}
	if c.OAuth.ClientSecret == "" {
		return nil, fmt.Errorf("VTN_OAUTH_CLIENT_SECRET is required")
	}
	return c, nil
}
