package providers

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// Twilio's magic test credentials are documented at
// https://www.twilio.com/docs/iam/test-credentials - but we never talk to
// Twilio in unit tests; the client is pointed at an httptest server.
const (
	testAccountSID = "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
	testKeySID     = "SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
	testKeySecret  = "not-a-real-secret"
)

func TestTwilioSendFormEncodesBody(t *testing.T) {
	var gotUser, gotPass string
	var gotForm url.Values

	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUser, gotPass, _ = r.BasicAuth()
		b, _ := io.ReadAll(r.Body)
		gotForm, _ = url.ParseQuery(string(b))
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		io.WriteString(w, `{"sid":"SM00000000000000000000000000000000","status":"queued"}`)
	}))
	defer srv.Close()

	c := NewTwilio(testAccountSID, testKeySID, testKeySecret, "MG00000000000000000000000000000000")
	c.baseURL = srv.URL

	sid, err := c.Send(context.Background(), "+447700900123", "Your code is 482913")
	if err != nil {
		t.Fatal(err)
	}
	if sid != "SM00000000000000000000000000000000" {
		t.Errorf("sid = %q", sid)
	}
	if gotUser != testKeySID || gotPass != testKeySecret {
		t.Errorf("basic auth = %q:%q", gotUser, gotPass)
	}
	if !strings.HasPrefix(gotForm.Get("Body"), "Your code is") {
		t.Errorf("Body = %q", gotForm.Get("Body"))
	}
}

func TestTwilioSendReturnsAPIError(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnauthorized)
		io.WriteString(w, `{"code":20003,"message":"Authenticate","status":401}`)
	}))
	defer srv.Close()

	c := NewTwilio(testAccountSID, testKeySID, "wrong", "")
	c.baseURL = srv.URL
	if _, err := c.Send(context.Background(), "+447700900123", "x"); err == nil {
		t.Fatal("expected error")
	}
}
