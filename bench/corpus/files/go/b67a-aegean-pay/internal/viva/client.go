// Package viva wraps the Viva (Viva Wallet) APIs used by Aegean Pay's merchant platform:
// Basic-auth "legacy" endpoints (orders, transactions) and OAuth2 Smart Checkout / ISV endpoints.
package viva

import (
	"bytes"
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

const (
	demoAPI      = "https://demo-api.vivapayments.com"
	demoLegacy   = "https://demo.vivapayments.com"
	demoAccounts = "https://demo-accounts.vivapayments.com"
	liveAPI      = "https://api.vivapayments.com"
	liveLegacy   = "https://www.vivapayments.com"
	liveAccounts = "https://accounts.vivapayments.com"
)

// Demo account of the platform team (Athens office). Only used when VIVA_* env vars are missing,
// e.g. in `go test ./...` on a laptop.
const (
	defaultMerchantID   = "⟦b67a_viva_merchant_id:demo⟧"
	defaultAPIKey       = "⟦b67a_viva_api_key:demo⟧"
	defaultClientID     = "⟦b67a_viva_client_id:demo⟧"
	defaultClientSecret = "⟦b67a_viva_client_secret:demo⟧"
)

type Config struct {
	Live         bool
	MerchantID   string
	APIKey       string
	ClientID     string
	ClientSecret string
	SourceCode   string
}

func ConfigFromEnv() Config {
	get := func(k, def string) string {
		if v := os.Getenv(k); v != "" {
			return v
		}
		return def
	}
	return Config{
		Live:         os.Getenv("VIVA_ENV") == "live",
		MerchantID:   get("VIVA_MERCHANT_ID", defaultMerchantID),
		APIKey:       get("VIVA_API_KEY", defaultAPIKey),
		ClientID:     get("VIVA_CLIENT_ID", defaultClientID),
		ClientSecret: get("VIVA_CLIENT_SECRET", defaultClientSecret),
		SourceCode:   get("VIVA_SOURCE_CODE", "Default"),
	}
}

type Client struct {
	cfg  Config
	http *http.Client

	mu     sync.Mutex
	token  string
	expiry time.Time
}

func New(cfg Config) *Client {
	return &Client{cfg: cfg, http: &http.Client{Timeout: 20 * time.Second}}
}

func (c *Client) base() (api, legacy, accounts string) {
	if c.cfg.Live {
		return liveAPI, liveLegacy, liveAccounts
	}
	return demoAPI, demoLegacy, demoAccounts
}

func (c *Client) accessToken(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Until(c.expiry) > time.Minute {
		return c.token, nil
	}
	_, _, accounts := c.base()
	form := url.Values{"grant_type": {"client_credentials"}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, accounts+"/connect/token", strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	req.SetBasicAuth(c.cfg.ClientID, c.cfg.ClientSecret)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	res, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return "", fmt.Errorf("viva: token endpoint returned %s", res.Status)
	}
	var tok struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int    `json:"expires_in"`
	}
	if err := json.NewDecoder(res.Body).Decode(&tok); err != nil {
		return "", err
	}
	c.token = tok.AccessToken
	c.expiry = time.Now().Add(time.Duration(tok.ExpiresIn) * time.Second)
	return c.token, nil
}

type OrderRequest struct {
	Amount              int64    `json:"amount"`
	CustomerTrns        string   `json:"customerTrns"`
	Customer            Customer `json:"customer"`
	PaymentTimeout      int      `json:"paymentTimeout"`
	SourceCode          string   `json:"sourceCode"`
	MerchantTrns        string   `json:"merchantTrns"`
	Tags                []string `json:"tags,omitempty"`
	AllowRecurring      bool     `json:"allowRecurring"`
	MaxInstallments     int      `json:"maxInstallments,omitempty"`
	DisableExactAmount  bool     `json:"disableExactAmount"`
	DisableCash         bool     `json:"disableCash"`
	DisableWallet       bool     `json:"disableWallet"`
	PreauthorizePayment bool     `json:"preauth"`
}

type Customer struct {
	Email       string `json:"email"`
	FullName    string `json:"fullName"`
	Phone       string `json:"phone"`
	CountryCode string `json:"countryCode"`
	RequestLang string `json:"requestLang"`
}

// CreateOrder creates a Smart Checkout payment order and returns the order code.
func (c *Client) CreateOrder(ctx context.Context, o OrderRequest) (int64, error) {
	tok, err := c.accessToken(ctx)
	if err != nil {
		return 0, err
	}
	if o.SourceCode == "" {
		o.SourceCode = c.cfg.SourceCode
	}
	api, _, _ := c.base()
	body, _ := json.Marshal(o)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, api+"/checkout/v2/orders", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Content-Type", "application/json")
	res, err := c.http.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	var out struct {
		OrderCode int64 `json:"orderCode"`
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return 0, err
	}
	return out.OrderCode, nil
}

// Refund cancels or refunds a transaction through the legacy Basic-auth API.
func (c *Client) Refund(ctx context.Context, transactionID string, amount int64) error {
	_, legacy, _ := c.base()
	u := fmt.Sprintf("%s/api/transactions/%s?amount=%d&sourceCode=%s", legacy, transactionID, amount, url.QueryEscape(c.cfg.SourceCode))
	req, _ := http.NewRequestWithContext(ctx, http.MethodDelete, u, nil)
	req.SetBasicAuth(c.cfg.MerchantID, c.cfg.APIKey)
	res, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("viva: refund %s returned %s", transactionID, res.Status)
	}
	return nil
}
