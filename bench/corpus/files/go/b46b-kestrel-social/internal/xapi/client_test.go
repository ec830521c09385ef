package xapi

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// Credentials used only against the httptest server; they are not valid anywhere.
var testCreds = Credentials{
	ConsumerKey:       "test-consumer-key",
	ConsumerSecret:    "test-consumer-secret",
	AccessToken:       "0000000000-test-access-token",
	AccessTokenSecret: "test-access-token-secret",
}

func TestPostTweetSignsRequest(t *testing.T) {
	var gotAuth string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotAuth = r.Header.Get("Authorization")
		w.WriteHeader(http.StatusCreated)
		_ = json.NewEncoder(w).Encode(map[string]any{"data": map[string]string{"id": "1783412229014732800", "text": "hello"}})
	}))
	defer srv.Close()

	c := New(testCreds, WithBaseURL(srv.URL))
	id, err := c.PostTweet("hello")
	if err != nil {
		t.Fatal(err)
	}
	if id != "1783412229014732800" {
		t.Fatalf("id = %q", id)
	}
	for _, p := range []string{`oauth_consumer_key="test-consumer-key"`, `oauth_signature_method="HMAC-SHA1"`, `oauth_token="0000000000-test-access-token"`} {
		if !strings.Contains(gotAuth, p) {
			t.Errorf("Authorization header missing %s: %s", p, gotAuth)
		}
	}
}

// Fixed nonce/timestamp so the HMAC-SHA1 signature is deterministic.
func TestSignatureBaseString(t *testing.T) {
	got := signature(testCreds, "POST", "https://api.x.com/2/tweets", map[string]string{
		"oauth_nonce":     "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg",
		"oauth_timestamp": "1318622958",
	})
	const want = "⟦sha1_integrity:sig|slice=5-33⟧"
	if got != want {
		t.Errorf("signature = %q, want %q", got, want)
	}
}

func TestRateLimitedReturnsResetTime(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("x-rate-limit-reset", "1718112000")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer srv.Close()

	_, err := New(testCreds, WithBaseURL(srv.URL)).PostTweet("x")
	var rl *RateLimitError
	if !asRateLimit(err, &rl) || rl.Reset.Unix() != 1718112000 {
		t.Fatalf("want RateLimitError with reset, got %v", err)
	}
}
