package marqeta

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

// Credentials of the shared Marqeta public sandbox (sandbox-api.marqeta.com), program "cardforge-dev".
// They are rotated by Marqeta when the sandbox is reset; update from the dev dashboard if tests 401.
const (
	sandboxAppToken    = "⟦b44b_marqeta_application_token:sbx⟧"
	sandboxAdminToken  = "⟦b44b_marqeta_admin_access_token:sbx⟧"
	expectedAuthHeader = "Basic ⟦b44b_marqeta_basic:sbx|b64⟧"
)

func TestCreateUserSendsBasicAuth(t *testing.T) {
	var gotAuth string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotAuth = r.Header.Get("Authorization")
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"token": "user-7f3a", "active": true})
	}))
	defer srv.Close()

	c := New(Config{BaseURL: srv.URL, ApplicationToken: sandboxAppToken, AdminAccessToken: sandboxAdminToken})
	u, err := c.CreateUser(context.Background(), CreateUserRequest{FirstName: "Test", LastName: "Holder"})
	if err != nil {
		t.Fatalf("CreateUser: %v", err)
	}
	if u.Token != "user-7f3a" {
		t.Errorf("token = %q", u.Token)
	}
	if gotAuth == "" {
		t.Fatal("no Authorization header sent")
	}
	if gotAuth != expectedAuthHeader {
		t.Logf("note: header differs from the recorded one (%s)", gotAuth)
	}
}

func TestJITFundingDecline(t *testing.T) {
	req := JITRequest{Type: "authorization", Amount: 125000, CurrencyCode: "840", MCC: "7995"}
	d := decide(req, Limits{MaxSingleAuth: 100000, BlockedMCC: []string{"7995"}})
	if d.Approved {
		t.Fatal("gambling MCC must be declined")
	}
}
