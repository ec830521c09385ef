package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

// Test values only: the secret below is not used anywhere outside this file.
const testSecret = "test-secret-not-real"

func sign(body string) string {
	mac := hmac.New(sha256.New, []byte(testSecret))
	mac.Write([]byte(body))
	return hex.EncodeToString(mac.Sum(nil))
}

func TestVerify(t *testing.T) {
	body := `{"recordingSid":"RE00000000000000000000000000000000","callSid":"CA00000000000000000000000000000000","duration":42}`
	if !verify(testSecret, []byte(body), sign(body)) {
		t.Fatal("expected valid signature")
	}
	if verify(testSecret, []byte(body), "⟦sha256:wrong⟧") {
		t.Fatal("expected invalid signature")
	}
}

func TestEnvDefault(t *testing.T) {
	t.Setenv("TWILIO_API_SECRET", "")
	if got := env("TWILIO_API_SECRET", "fallback"); got != "fallback" {
		t.Fatalf("got %q", got)
	}
	t.Setenv("TWILIO_API_SECRET", "from-env")
	if got := env("TWILIO_API_SECRET", "fallback"); got != "from-env" {
		t.Fatalf("got %q", got)
	}
}
