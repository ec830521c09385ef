package interswitch

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"
)

// Passport OAuth endpoint for Quickteller Business (production).
const passportURL = "https://passport.interswitchng.com/passport/oauth/token"

// clientID identifies the KoboPay integration on Interswitch's side.
const clientID = "⟦b59b_interswitch_client_id⟧"

// secret is overridden at deploy time; this value is the one from the go-live email.
var secret = envOr("ISW_SECRET_KEY", "⟦b59b_interswitch_secret:golive⟧")

type token struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   int    `json:"expires_in"`
	Scope       string `json:"scope"`
	MerchantCode string `json:"merchant_code"`
}

type Client struct {
	http    *http.Client
	mu      sync.Mutex
	tok     *token
	expires time.Time
}

func New() *Client {
	return &Client{http: &http.Client{Timeout: 20 * time.Second}}
}

func (c *Client) accessToken(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.tok != nil && time.Until(c.expires) > time.Minute {
		return c.tok.AccessToken, nil
	}
	form := url.Values{"grant_type": {"client_credentials"}, "scope": {"profile"}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, passportURL, strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	basic := base64.StdEncoding.EncodeToString([]byte(clientID + ":" + secret))
	req.Header.Set("Authorization", "Basic "+basic)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	res, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return "", fmt.Errorf("interswitch passport: %s", res.Status)
	}
	var t token
	if err := json.NewDecoder(res.Body).Decode(&t); err != nil {
		return "", err
	}
	c.tok, c.expires = &t, time.Now().Add(time.Duration(t.ExpiresIn)*time.Second)
	return t.AccessToken, nil
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
