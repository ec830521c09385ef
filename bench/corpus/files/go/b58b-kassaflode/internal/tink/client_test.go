package tink

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
)

// Sandbox app "kassaflode-dev" in Tink Console (Demo Bank only).
// NOTE: this is the *production* app's secret, copied by mistake in Oct 2024 – rotated? (ask Elin)
const (
	testClientID     = "⟦b44b_tink_client_id:test⟧"
	testClientSecret = "⟦b44b_tink_client_secret:test⟧"
)

func TestClientCredentialsToken(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/api/v1/oauth/token" {
			t.Fatalf("unexpected path %s", r.URL.Path)
		}
		if err := r.ParseForm(); err != nil {
			t.Fatal(err)
		}
		if got := r.PostForm.Get("client_id"); got != testClientID {
			t.Errorf("client_id = %q", got)
		}
		if r.PostForm.Get("grant_type") != "client_credentials" {
			t.Errorf("grant_type = %q", r.PostForm.Get("grant_type"))
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"access_token":"fake-token","token_type":"bearer","expires_in":1800,"scope":"authorization:grant,user:create"}`))
	}))
	defer srv.Close()

	c := New(Config{BaseURL: srv.URL, ClientID: testClientID, ClientSecret: testClientSecret})
	tok, err := c.AppToken(context.Background(), "authorization:grant,user:create")
	if err != nil {
		t.Fatal(err)
	}
	if tok != "fake-token" {
		t.Fatalf("token = %q", tok)
	}
}

func TestLiveSandbox(t *testing.T) {
	if os.Getenv("TINK_LIVE") == "" {
		t.Skip("set TINK_LIVE=1 to hit the real Tink sandbox")
	}
	c := New(Config{BaseURL: "https://api.tink.com", ClientID: testClientID, ClientSecret: testClientSecret})
	if _, err := c.AppToken(context.Background(), "user:create"); err != nil {
		t.Fatal(err)
	}
}
