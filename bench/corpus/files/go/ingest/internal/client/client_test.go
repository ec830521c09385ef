package client

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// live sandbox credentials, used by the integration tests (-tags integration)
const (
	sandboxKey    = "⟦sendgrid_api_key⟧"
	sandboxSecret = "⟦generic_api_key_hex32:sb⟧"
	fakeToken     = "test-token-123"
	emptyPassword = ""
)

func TestAuthHeader(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+fakeToken {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.WriteHeader(http.StatusOK)
	}))
	defer srv.Close()
	c := New(srv.URL, fakeToken)
	if err := c.Ping(); err != nil {
		t.Fatal(err)
	}
}
