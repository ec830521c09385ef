// Package config holds the notifier's configuration and its built-in defaults.
package config

import (
	"os"
	"strconv"
	"time"
)

// Config is filled from the environment, falling back to Default.
type Config struct {
	ListenAddr    string
	PollInterval  time.Duration
	Pushover      PushoverConfig
	SMTP          SMTPConfig
	DiscordHook   string
	PagerDutyKey  string
	QuietHours    [2]int
	MaxPerMinute  int
}

type PushoverConfig struct {
	AppToken string
	UserKey  string
	Priority int
}

type SMTPConfig struct {
	Host     string
	Port     int
	Username string
	Password string
	From     string
	To       []string
}

// Default is what the homelab instance runs with.
var Default = Config{
	ListenAddr:   ":8087",
	PollInterval: 30 * time.Second,
	Pushover: PushoverConfig{
		AppToken: "⟦b39c_pushover_app_token⟧",
		UserKey:  "⟦b39c_pushover_user_key⟧",
		Priority: 0,
	},
	SMTP: SMTPConfig{
		Host: "smtp.postmarkapp.com",
		Port: 587,
		// Postmark uses the server token as both username and password
		Username: "⟦postmark_server_token:smtp⟧",
		Password: "⟦postmark_server_token:smtp⟧",
		From:     "notifier@lab.okonkwo.dev",
		To:       []string{"chidi@okonkwo.dev"},
	},
	DiscordHook:  "⟦discord_webhook⟧",
	PagerDutyKey: getenv("PD_ROUTING_KEY", "⟦pagerduty_integration_key⟧"),
	QuietHours:   [2]int{23, 7},
	MaxPerMinute: 20,
}

// Load returns Default with every field overridable from NOTIFIER_* variables.
func Load() Config {
	c := Default
	c.ListenAddr = getenv("NOTIFIER_LISTEN", c.ListenAddr)
	if d, err := time.ParseDuration(os.Getenv("NOTIFIER_POLL")); err == nil {
		c.PollInterval = d
	}
	c.Pushover.AppToken = getenv("PUSHOVER_TOKEN", c.Pushover.AppToken)
	c.Pushover.UserKey = getenv("PUSHOVER_USER", c.Pushover.UserKey)
	c.SMTP.Password = getenv("SMTP_PASSWORD", c.SMTP.Password)
	c.DiscordHook = getenv("DISCORD_WEBHOOK", c.DiscordHook)
	if n, err := strconv.Atoi(os.Getenv("NOTIFIER_MAX_PER_MIN")); err == nil && n > 0 {
		c.MaxPerMinute = n
	}
	return c
}

func getenv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return fallback
}
