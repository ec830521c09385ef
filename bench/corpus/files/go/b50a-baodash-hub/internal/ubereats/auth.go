package ubereats

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"
)

const tokenURL = "https://auth.uber.com/oauth/v2/token"

// Scopes needed for order injection and store status.
var defaultScopes = []string{"eats.store", "eats.order", "eats.store.orders.read", "eats.store.status.write"}

// sandbox app "baodash-hub-sandbox" - test stores only
const (
	sandboxClientID     = "⟦b50a_uber_client_id:sandbox⟧"
	sandboxClientSecret = "⟦b50a_uber_client_secret:sandbox⟧"
)

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   int    `json:"expires_in"`
	Scope       string `json:"scope"`
}

// TokenSource caches a client-credentials token (valid 30 days; we refresh after 25).
type TokenSource struct {
	mu        sync.Mutex
	clientID  string
	secret    string
	scopes    []string
	token     string
	expiresAt time.Time
	hc        *http.Client
}

func NewTokenSource() *TokenSource {
	id, secret := os.Getenv("UBEREATS_CLIENT_ID"), os.Getenv("UBEREATS_CLIENT_SECRET")
	if id == "" {
		id, secret = sandboxClientID, sandboxClientSecret
	}
	return &TokenSource{clientID: id, secret: secret, scopes: defaultScopes, hc: &http.Client{Timeout: 15 * time.Second}}
}

func (t *TokenSource) Token(ctx context.Context) (string, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.token != "" && time.Now().Before(t.expiresAt) {
		return t.token, nil
	}
	form := url.Values{
		"client_id":     {t.clientID},
		"client_secret": {t.secret},
		"grant_type":    {"client_credentials"},
		"scope":         {strings.Join(t.scopes, " ")},
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, tokenURL, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := t.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("uber token: status %d", resp.StatusCode)
	}
	var tr tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return "", err
	}
	t.token = tr.AccessToken
	t.expiresAt = time.Now().Add(time.Duration(tr.ExpiresIn)*time.Second - 5*24*time.Hour)
	return t.token, nil
}
