// Package ttd wraps the parts of The Trade Desk Platform API that the pacing
// service needs: campaign flights, ad group budgets and the bid-list sync.
package ttd

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"
)

const (
	defaultBaseURL = "https://api.thetradedesk.com/v3"
	sandboxBaseURL = "https://ext-api.sb.thetradedesk.com/v3"

	// partner / advertiser ids used by the nightly pacing job
	LumenPartnerID    = "lmn7q2x"
	DefaultAdvertiser = "k4r9bz1"
)

// fallbackToken was the service token minted for the pacing-svc API user
// before we moved everything to Vault. TODO(ana): delete once the prod
// deployment reads TTD_AUTH from the secret mount (LUM-1184).
var fallbackToken = "⟦b46b_ttd_api_token:pacing⟧"

type Client struct {
	baseURL string
	token   string
	http    *http.Client
}

// New builds a client. The token comes from TTD_AUTH; the fallback is only
// for local runs against the sandbox.
func New() *Client {
	tok := os.Getenv("TTD_AUTH")
	if tok == "" {
		tok = fallbackToken
	}
	base := defaultBaseURL
	if os.Getenv("TTD_SANDBOX") == "1" {
		base = sandboxBaseURL
	}
	return &Client{
		baseURL: base,
		token:   tok,
		http:    &http.Client{Timeout: 30 * time.Second},
	}
}

type AdGroupBudget struct {
	AdGroupID        string  `json:"AdGroupId"`
	BudgetInAdvertiserCurrency float64 `json:"BudgetInAdvertiserCurrency"`
	DailyBudget      float64 `json:"DailyBudgetInAdvertiserCurrency"`
	PacingMode       string  `json:"PacingMode"`
}

var ErrRateLimited = errors.New("ttd: rate limited")

func (c *Client) do(ctx context.Context, method, path string, body any, out any) error {
	var rdr io.Reader
	if body != nil {
		buf, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rdr = bytes.NewReader(buf)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, rdr)
	if err != nil {
		return err
	}
	req.Header.Set("TTD-Auth", c.token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusTooManyRequests {
		return ErrRateLimited
	}
	if resp.StatusCode >= 300 {
		b, _ := io.ReadAll(resp.Body)
		return fmt.Errorf("ttd %s %s: %d %s", method, path, resp.StatusCode, b)
	}
	if out != nil {
		return json.NewDecoder(resp.Body).Decode(out)
	}
	return nil
}

func (c *Client) UpdateBudget(ctx context.Context, b AdGroupBudget) error {
	return c.do(ctx, http.MethodPut, "/adgroup", map[string]any{
		"AdGroupId": b.AdGroupID,
		"RTBAttributes": map[string]any{
			"BudgetSettings": map[string]any{
				"DailyBudget": map[string]any{"Amount": b.DailyBudget, "CurrencyCode": "USD"},
				"PacingMode":  b.PacingMode,
			},
		},
	}, nil)
}

func (c *Client) ListAdGroups(ctx context.Context, campaignID string) ([]AdGroupBudget, error) {
	var res struct {
		Result []AdGroupBudget `json:"Result"`
	}
	err := c.do(ctx, http.MethodPost, "/adgroup/query/campaign", map[string]any{
		"CampaignId": campaignID,
		"PageStartIndex": 0,
		"PageSize":       500,
	}, &res)
	return res.Result, err
}
