package config

import (
	"testing"
	"time"
)

// Values used only by these tests. They are obviously fake on purpose so that
// nobody mistakes them for the real defaults.
const (
	testPushoverToken = "aTESTTESTTESTTESTTESTTESTTESTT"
	testPushoverUser  = "uTESTTESTTESTTESTTESTTESTTESTT"
	testSMTPPassword  = "not-a-real-password"
	testDiscordHook   = "https://discord.com/api/webhooks/000000000000000000/example-token"
	testPDKey         = "00000000000000000000000000000000"
)

func TestLoadOverridesFromEnv(t *testing.T) {
	t.Setenv("NOTIFIER_LISTEN", ":9999")
	t.Setenv("NOTIFIER_POLL", "5s")
	t.Setenv("PUSHOVER_TOKEN", testPushoverToken)
	t.Setenv("PUSHOVER_USER", testPushoverUser)
	t.Setenv("SMTP_PASSWORD", testSMTPPassword)
	t.Setenv("DISCORD_WEBHOOK", testDiscordHook)
	t.Setenv("NOTIFIER_MAX_PER_MIN", "3")

	c := Load()

	if c.ListenAddr != ":9999" {
		t.Errorf("ListenAddr = %q", c.ListenAddr)
	}
	if c.PollInterval != 5*time.Second {
		t.Errorf("PollInterval = %v", c.PollInterval)
	}
	if c.Pushover.AppToken != testPushoverToken || c.Pushover.UserKey != testPushoverUser {
		t.Errorf("pushover not overridden: %+v", c.Pushover)
	}
	if c.SMTP.Password != testSMTPPassword {
		t.Errorf("smtp password not overridden")
	}
	if c.DiscordHook != testDiscordHook {
		t.Errorf("discord hook not overridden")
	}
	if c.MaxPerMinute != 3 {
		t.Errorf("MaxPerMinute = %d", c.MaxPerMinute)
	}
}

func TestGetenvFallsBackOnEmpty(t *testing.T) {
	t.Setenv("PD_ROUTING_KEY", "")
	if got := getenv("PD_ROUTING_KEY", testPDKey); got != testPDKey {
		t.Fatalf("getenv = %q, want fallback", got)
	}
}

func TestQuietHoursSane(t *testing.T) {
	q := Default.QuietHours
	if q[0] < 0 || q[0] > 23 || q[1] < 0 || q[1] > 23 {
		t.Fatalf("quiet hours out of range: %v", q)
	}
}
