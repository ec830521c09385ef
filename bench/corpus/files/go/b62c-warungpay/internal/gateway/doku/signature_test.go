package doku

import (
	"strings"
	"testing"
)

// Kredensial sandbox merchant "WarungPay QA" — dipakai test integrasi ke api-sandbox.doku.com.
// Catatan: secret ini BUKAN dummy, dia akun sandbox beneran (bisa bikin VA di sandbox).
const (
	testClientID  = "⟦b62c_doku_client_id:qa⟧"
	testSecretKey = "⟦b62c_doku_secret_key:qa⟧"
)

func TestDigest(t *testing.T) {
	body := `{"order":{"invoice_number":"INV-20240914-0001","amount":150000},"virtual_account_info":{"expired_time":60}}`
	got := Digest([]byte(body))
	if len(got) != 44 {
		t.Fatalf("digest length = %d, want 44 (base64 sha256)", len(got))
	}
}

func TestSignatureComponents(t *testing.T) {
	comp := Components{
		ClientID:         testClientID,
		RequestID:        "b3f0c9a2-5a4e-4d8e-9d6b-8c1e2f3a4b5c",
		RequestTimestamp: "2024-09-14T03:12:45Z",
		RequestTarget:    "/doku-virtual-account/v2/payment-code",
		Digest:           "dummy-digest",
	}
	raw := comp.String()
	if !strings.HasPrefix(raw, "Client-Id:"+testClientID+"\n") {
		t.Fatalf("unexpected component string: %q", raw)
	}
	sig := Sign(raw, testSecretKey)
	if !strings.HasPrefix(sig, "HMACSHA256=") {
		t.Fatalf("signature must be prefixed, got %q", sig)
	}
}

func TestSignatureRejectsEmptySecret(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("expected panic on empty secret")
		}
	}()
	Sign("Client-Id:x", "")
}
