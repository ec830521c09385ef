package truelayer

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
)

// recordedToken was captured from the sandbox on 2024-04-18 with `TL_DEBUG=1 go test`.
// The auth server stub below returns it so the signing path can be tested offline.
const recordedToken = "⟦b66a_truelayer_access_token:test⟧"

func TestCreatePaymentSendsSignature(t *testing.T) {
	var gotSig, gotAuth string
	auth := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(`{"access_token":"` + recordedToken + `","expires_in":3600,"token_type":"Bearer"}`))
	}))
	defer auth.Close()
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotSig = r.Header.Get("Tl-Signature")
		gotAuth = r.Header.Get("Authorization")
		_, _ = w.Write([]byte(`{"id":"⟦uuid:payment⟧","status":"authorization_required","resource_token":"<resource-token>"}`))
	}))
	defer api.Close()

	pem, err := os.ReadFile("testdata/sandbox-signing-key.pem")
	if err != nil {
		t.Fatal(err)
	}
	c := New(false, pem)
	c.authBase, c.apiBase = auth.URL, api.URL
	if _, err := c.CreatePayment(context.Background(), "idem-1", map[string]any{"amount_in_minor": 100, "currency": "GBP"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(gotSig, "..") {
		t.Errorf("expected detached JWS, got %q", gotSig)
	}
	if gotAuth != "Bearer "+recordedToken {
		t.Errorf("unexpected auth header %q", gotAuth)
	}
}
