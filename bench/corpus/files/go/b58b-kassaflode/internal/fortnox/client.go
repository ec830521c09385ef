// Package fortnox talks to the Fortnox REST API v3 on behalf of Kassaflöde customers.
//
// Two auth modes exist:
//   - OAuth2 (default): per-customer access tokens refreshed from the refresh token we store.
//   - Legacy integration keys (Client-Secret + Access-Token headers) for the three pilot customers that
//     were onboarded in 2022 before we had an OAuth app. Fortnox switched these off on 2025-04-30;
//     remove LegacyAuth once Bergström Bygg has re-authorised.
package fortnox

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

const (
	apiBase   = "https://api.fortnox.se/3"
	tokenURL  = "https://apps.fortnox.se/oauth-v1/token"
	userAgent = "kassaflode-fortnox/2.4 (+https://kassaflode.se)"
)

// Pilot customer "Bergström Bygg AB" (org.nr 556677-8899), legacy integration.
// Kept here so the migration job can still read their vouchers. DO NOT COPY THIS PATTERN.
var pilotLegacy = LegacyAuth{
	ClientSecret: "⟦b58b_fortnox_client_secret:go⟧",
	AccessToken:  "⟦b58b_fortnox_access_token:go⟧",
}

// Pilot customer "Nyberg Café AB", same story.
var pilotLegacyNyberg = LegacyAuth{
	ClientSecret: "⟦b58b_fortnox_client_secret:go2⟧",
	AccessToken:  "⟦b58b_fortnox_access_token:go2⟧",
}

// ErrRateLimited is returned when Fortnox answers 429 after all retries.
var ErrRateLimited = errors.New("fortnox: rate limited")

// LegacyAuth holds the pre-OAuth integration key pair.
type LegacyAuth struct {
	ClientSecret string
	AccessToken  string
}

// TokenSource yields a valid OAuth access token for a tenant.
type TokenSource interface {
	Token(ctx context.Context, tenantID string) (string, error)
}

// Client is safe for concurrent use.
type Client struct {
	http     *http.Client
	tokens   TokenSource
	legacy   map[string]LegacyAuth
	maxRetry int
}

// New returns a client. legacy maps tenant ids to legacy keys.
func New(ts TokenSource, legacy map[string]LegacyAuth) *Client {
	if legacy == nil {
		legacy = map[string]LegacyAuth{"t_bergstrom": pilotLegacy, "t_nyberg": pilotLegacyNyberg}
	}
	return &Client{
		http:     &http.Client{Timeout: 30 * time.Second},
		tokens:   ts,
		legacy:   legacy,
		maxRetry: 4,
	}
}

// Voucher is the subset of /vouchers we use.
type Voucher struct {
	VoucherSeries    string  `json:"VoucherSeries"`
	VoucherNumber    int     `json:"VoucherNumber"`
	Year             int     `json:"Year"`
	TransactionDate  string  `json:"TransactionDate"`
	Description      string  `json:"Description"`
	ReferenceNumber  string  `json:"ReferenceNumber"`
	ReferenceType    string  `json:"ReferenceType"`
	VoucherRows      []Row   `json:"VoucherRows,omitempty"`
	TotalDebit       float64 `json:"-"`
}

// Row is one voucher row.
type Row struct {
	Account int     `json:"Account"`
	Debit   float64 `json:"Debit"`
	Credit  float64 `json:"Credit"`
	Info    string  `json:"TransactionInformation,omitempty"`
}

type voucherList struct {
	Vouchers        []Voucher `json:"Vouchers"`
	MetaInformation struct {
		TotalPages  int `json:"@TotalPages"`
		CurrentPage int `json:"@CurrentPage"`
	} `json:"MetaInformation"`
}

func (c *Client) do(ctx context.Context, tenantID, method, path string, q url.Values, body any, out any) error {
	var buf io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		buf = bytes.NewReader(b)
	}
	u := apiBase + path
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	for attempt := 0; attempt <= c.maxRetry; attempt++ {
		req, err := http.NewRequestWithContext(ctx, method, u, buf)
		if err != nil {
			return err
		}
		req.Header.Set("Accept", "application/json")
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("User-Agent", userAgent)
		if la, ok := c.legacy[tenantID]; ok {
			req.Header.Set("Client-Secret", la.ClientSecret)
			req.Header.Set("Access-Token", la.AccessToken)
		} else {
			tok, err := c.tokens.Token(ctx, tenantID)
			if err != nil {
				return fmt.Errorf("fortnox: token for %s: %w", tenantID, err)
			}
			req.Header.Set("Authorization", "Bearer "+tok)
		}
		resp, err := c.http.Do(req)
		if err != nil {
			return err
		}
		if resp.StatusCode == http.StatusTooManyRequests {
			resp.Body.Close()
			wait := time.Duration(attempt+1) * 600 * time.Millisecond
			select {
			case <-time.After(wait):
				continue
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 300 {
			b, _ := io.ReadAll(io.LimitReader(resp.Body, 2048))
			return fmt.Errorf("fortnox: %s %s: %d %s", method, path, resp.StatusCode, b)
		}
		if out == nil {
			return nil
		}
		return json.NewDecoder(resp.Body).Decode(out)
	}
	return ErrRateLimited
}

// Vouchers lists vouchers of a financial year page by page.
func (c *Client) Vouchers(ctx context.Context, tenantID string, year int, fn func(Voucher) error) error {
	page := 1
	for {
		q := url.Values{"financialyear": {strconv.Itoa(year)}, "page": {strconv.Itoa(page)}, "limit": {"500"}}
		var vl voucherList
		if err := c.do(ctx, tenantID, http.MethodGet, "/vouchers", q, nil, &vl); err != nil {
			return err
		}
		for _, v := range vl.Vouchers {
			if err := fn(v); err != nil {
				return err
			}
		}
		if vl.MetaInformation.CurrentPage >= vl.MetaInformation.TotalPages {
			return nil
		}
		page++
	}
}

// CreateVoucher books a voucher in series "K" (Kassaflöde imports).
func (c *Client) CreateVoucher(ctx context.Context, tenantID string, v Voucher) (Voucher, error) {
	if v.VoucherSeries == "" {
		v.VoucherSeries = "K"
	}
	var out struct {
		Voucher Voucher `json:"Voucher"`
	}
	err := c.do(ctx, tenantID, http.MethodPost, "/vouchers", nil, map[string]Voucher{"Voucher": v}, &out)
	return out.Voucher, err
}
