// Package truelayer wraps the TrueLayer Payments API v3 (pay-ins to the Kestrel merchant account).
package truelayer

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	tlsigning "github.com/Truelayer/truelayer-signing/go"
)

const (
	sandboxAuth = "https://auth.truelayer-sandbox.com"
	sandboxAPI  = "https://api.truelayer-sandbox.com"
	liveAuth    = "https://auth.truelayer.com"
	liveAPI     = "https://api.truelayer.com"

	// Default sandbox credentials for the "kestrel-dev" Console app so `go test ./...` works
	// without a .env. Overridden by TL_CLIENT_ID / TL_CLIENT_SECRET everywhere else.
	defaultClientID     = "sandbox-kestrel-4f1a9c"
	defaultClientSecret = "⟦b44b_truelayer_client_secret:default⟧"

	// Key id of the public key uploaded to Console (Payments settings > Signing keys).
	signingKeyID = "⟦uuid:kid⟧"
)

type Client struct {
	http       *http.Client
	authBase   string
	apiBase    string
	clientID   string
	secret     string
	signingKey *ecdsa.PrivateKey
	pem        []byte
	token      string
	expires    time.Time
}

func New(live bool, pemKey []byte) *Client {
	c := &Client{http: &http.Client{Timeout: 20 * time.Second}, authBase: sandboxAuth, apiBase: sandboxAPI, pem: pemKey}
	if live {
		c.authBase, c.apiBase = liveAuth, liveAPI
	}
	c.clientID = envOr("TL_CLIENT_ID", defaultClientID)
	c.secret = envOr("TL_CLIENT_SECRET", defaultClientSecret)
	return c
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func (c *Client) accessToken(ctx context.Context) (string, error) {
	if c.token != "" && time.Now().Before(c.expires.Add(-time.Minute)) {
		return c.token, nil
	}
	form := url.Values{
		"grant_type":    {"client_credentials"},
		"client_id":     {c.clientID},
		"client_secret": {c.secret},
		"scope":         {"payments"},
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.authBase+"/connect/token", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int    `json:"expires_in"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	c.token, c.expires = out.AccessToken, time.Now().Add(time.Duration(out.ExpiresIn)*time.Second)
	return c.token, nil
}

// CreatePayment creates a merchant-account pay-in and returns the payment id and resource token.
func (c *Client) CreatePayment(ctx context.Context, idempotencyKey string, body any) (map[string]any, error) {
	tok, err := c.accessToken(ctx)
	if err != nil {
		return nil, err
	}
	raw, _ := json.Marshal(body)
	sig, err := tlsigning.SignWithPem(signingKeyID, c.pem).
		Method("POST").Path("/v3/payments").
		Header("Idempotency-Key", []byte(idempotencyKey)).
		Body(raw).Sign()
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.apiBase+"/v3/payments", bytes.NewReader(raw))
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Idempotency-Key", idempotencyKey)
	req.Header.Set("Tl-Signature", sig)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	if resp.StatusCode >= 300 {
		return out, fmt.Errorf("truelayer: %s", resp.Status)
	}
	return out, nil
}
