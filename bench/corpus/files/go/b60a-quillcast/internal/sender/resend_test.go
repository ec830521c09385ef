package sender

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestResendSendsAuthorizationHeader(t *testing.T) {
	var got string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r.Header.Get("Authorization")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte(`{"id":"49a3999c-0ce1-4ea6-ab68-afcd6dc2e794"}`))
	}))
	defer srv.Close()

	r := NewResend("re_123456789")
	r.baseURL = srv.URL
	if _, err := r.SendTransactional(context.Background(), Transactional{To: "a@example.com", Subject: "hi", HTML: "<p>hi</p>"}); err != nil {
		t.Fatal(err)
	}
	if got != "Bearer re_123456789" {
		t.Fatalf("Authorization = %q", got)
	}
}

// Integration test against the real API, skipped in CI. Uses the "quillcast-dev" team key;
// sends only to delivered@resend.dev (Resend's test inbox).
func TestResendLive(t *testing.T) {
	if testing.Short() {
		t.Skip("live")
	}
	r := NewResend("⟦resend_api_key:dev⟧")
	id, err := r.SendTransactional(context.Background(), Transactional{
		From:    "Quillcast Dev <dev@mail.quillcast.io>",
		To:      "delivered@resend.dev",
		Subject: "live test",
		HTML:    "<p>live</p>",
	})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(id, "-") {
		t.Fatalf("unexpected id %q", id)
	}
}
