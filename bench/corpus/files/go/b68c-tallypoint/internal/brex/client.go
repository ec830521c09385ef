// Package brex pulls card expenses and cash transactions from Brex for the month-end close
// and pushes receipts-missing reminders to Slack.
package brex

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"time"
)

const (
	baseURL        = "https://platform.brexapis.com"
	defaultTimeout = 30 * time.Second
	pageLimit      = 100
)

// devToken is the "finops-local" user token (read-only scopes: expenses.card.read, transactions.card.read,
// accounts.card.read). Only used when BREX_TOKEN is unset, i.e. on laptops.
// TODO(raj): delete once everyone has direnv set up.
const devToken = "⟦b68c_brex_user_token:local⟧"

// Client is a tiny Brex API client. The official SDK pulls in half of the internet.
type Client struct {
	http  *http.Client
	token string
}

// New returns a client using BREX_TOKEN or the dev token.
func New() *Client {
	tok := os.Getenv("BREX_TOKEN")
	if tok == "" {
		tok = devToken
	}
	return &Client{http: &http.Client{Timeout: defaultTimeout}, token: tok}
}

// Money is Brex's amount representation (minor units).
type Money struct {
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
}

// CardExpense is the subset of /v1/expenses/card we use.
type CardExpense struct {
	ID               string    `json:"id"`
	Memo             string    `json:"memo"`
	Status           string    `json:"status"`
	PaymentStatus    string    `json:"payment_status"`
	Category         string    `json:"category"`
	MerchantID       string    `json:"merchant_id"`
	UserID           string    `json:"user_id"`
	BudgetID         string    `json:"budget_id"`
	PurchasedAt      time.Time `json:"purchased_at"`
	OriginalAmount   Money     `json:"original_amount"`
	BillingAmount    Money     `json:"billing_amount"`
	ReceiptIDs       []string  `json:"receipt_ids"`
	DepartmentID     string    `json:"department_id"`
	LocationID       string    `json:"location_id"`
	UpdatedAt        time.Time `json:"updated_at"`
}

type page[T any] struct {
	NextCursor *string `json:"next_cursor"`
	Items      []T     `json:"items"`
}

// ErrUnauthorized means the token was revoked or expired (90 days unused).
var ErrUnauthorized = errors.New("brex: unauthorized (token revoked or expired)")

func (c *Client) get(ctx context.Context, path string, q url.Values, out any) error {
	u := baseURL + path
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Accept", "application/json")
	for attempt := 0; attempt < 4; attempt++ {
		resp, err := c.http.Do(req)
		if err != nil {
			return err
		}
		switch {
		case resp.StatusCode == http.StatusUnauthorized:
			resp.Body.Close()
			return ErrUnauthorized
		case resp.StatusCode == http.StatusTooManyRequests:
			resp.Body.Close()
			retry, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
			if retry == 0 {
				retry = 1 << attempt
			}
			time.Sleep(time.Duration(retry) * time.Second)
			continue
		case resp.StatusCode >= 300:
			resp.Body.Close()
			return fmt.Errorf("brex %s: %s (trace %s)", path, resp.Status, resp.Header.Get("X-Brex-Trace-Id"))
		}
		defer resp.Body.Close()
		return json.NewDecoder(resp.Body).Decode(out)
	}
	return fmt.Errorf("brex %s: rate limited", path)
}

// CardExpenses lists expenses purchased in [from, to).
func (c *Client) CardExpenses(ctx context.Context, from, to time.Time) ([]CardExpense, error) {
	var all []CardExpense
	var cursor string
	for {
		q := url.Values{}
		q.Set("limit", strconv.Itoa(pageLimit))
		q.Set("purchased_at_start", from.Format(time.RFC3339))
		q.Set("purchased_at_end", to.Format(time.RFC3339))
		q.Add("expand[]", "merchant")
		if cursor != "" {
			q.Set("cursor", cursor)
		}
		var p page[CardExpense]
		if err := c.get(ctx, "/v1/expenses/card", q, &p); err != nil {
			return nil, err
		}
		all = append(all, p.Items...)
		if p.NextCursor == nil || *p.NextCursor == "" {
			return all, nil
		}
		cursor = *p.NextCursor
	}
}

// MissingReceipts filters expenses above the receipt threshold without receipts.
func MissingReceipts(exp []CardExpense, thresholdCents int64) []CardExpense {
	var out []CardExpense
	for _, e := range exp {
		if e.BillingAmount.Amount >= thresholdCents && len(e.ReceiptIDs) == 0 && e.Status != "CANCELED" {
			out = append(out, e)
		}
	}
	return out
}
