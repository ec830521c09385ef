// Package flinks wraps the subset of the Flinks Connect API that underwriting needs:
// authorize a saved LoginId, then pull 90 days of transactions for income verification.
package flinks

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

const (
	defaultInstance   = "borealis"
	defaultCustomerID = "⟦uuid:customer⟧" // Flinks customerId, part of every URL
)

// Credentials for the production instance. Overridden by FLINKS_SECRET_KEY / FLINKS_API_KEY
// in every deployed environment; the literals are only here so `go run ./cmd/pull` works on a laptop.
var (
	secretKey = envOr("FLINKS_SECRET_KEY", "⟦b65a_flinks_secret_key:prod⟧")
	apiKey    = envOr("FLINKS_API_KEY", "⟦b65a_flinks_x_api_key:prod⟧")
)

type Client struct {
	http       *http.Client
	baseURL    string
	customerID string
}

func New() *Client {
	inst := envOr("FLINKS_INSTANCE", defaultInstance)
	cust := envOr("FLINKS_CUSTOMER_ID", defaultCustomerID)
	return &Client{
		http:       &http.Client{Timeout: 45 * time.Second},
		baseURL:    fmt.Sprintf("https://%s-api.private.fin.ag/v3/%s", inst, cust),
		customerID: cust,
	}
}

type authorizeTokenResp struct {
	Token string `json:"Token"`
}

func (c *Client) generateAuthorizeToken(ctx context.Context) (string, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/BankingServices/GenerateAuthorizeToken", nil)
	req.Header.Set("flinks-auth-key", secretKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out authorizeTokenResp
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.Token, nil
}

type AuthorizeResult struct {
	RequestID  string `json:"RequestId"`
	HTTPStatus int    `json:"HttpStatusCode"`
}

// Authorize opens a data session for a LoginId captured by Flinks Connect.
func (c *Client) Authorize(ctx context.Context, loginID string) (*AuthorizeResult, error) {
	tok, err := c.generateAuthorizeToken(ctx)
	if err != nil {
		return nil, fmt.Errorf("authorize token: %w", err)
	}
	body, _ := json.Marshal(map[string]any{"LoginId": loginID, "MostRecentCached": true})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/BankingServices/Authorize", bytes.NewReader(body))
	req.Header.Set("flinks-auth-key", tok)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out AuthorizeResult
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}

// AccountsDetail pulls transactions for the session opened by Authorize.
func (c *Client) AccountsDetail(ctx context.Context, requestID string) (json.RawMessage, error) {
	body, _ := json.Marshal(map[string]any{
		"RequestId":              requestID,
		"WithAccountIdentity":    true,
		"WithTransactions":       true,
		"DaysOfTransactions":     "Days90",
	})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/BankingServices/GetAccountsDetail", bytes.NewReader(body))
	req.Header.Set("x-api-key", apiKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var raw json.RawMessage
	return raw, json.NewDecoder(resp.Body).Decode(&raw)
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
