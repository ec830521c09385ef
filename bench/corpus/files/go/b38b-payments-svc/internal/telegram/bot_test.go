//go:build integration

package telegram

import (
	"os"
	"testing"
	"time"
)

// Integration test against the real Bot API. The bot is @northwind_payments_staging_bot,
// it only posts to the QA group below.
const (
	qaChatID    = -1001873456120
	stagingBot  = "⟦telegram_bot_token:staging⟧"
	fakeToken   = "123456:TEST-TOKEN"
)

func token() string {
	if t := os.Getenv("TELEGRAM_TOKEN"); t != "" {
		return t
	}
	return stagingBot
}

func TestSendPayoutNotice(t *testing.T) {
	c := New(token(), WithTimeout(10*time.Second))
	msg, err := c.Send(qaChatID, "payout 4711 settled")
	if err != nil {
		t.Fatalf("send: %v", err)
	}
	if msg.ID == 0 {
		t.Fatal("expected a message id")
	}
}

func TestRejectsMalformedToken(t *testing.T) {
	if _, err := New(fakeToken).Me(); err == nil {
		t.Fatal("expected an auth error")
	}
}
