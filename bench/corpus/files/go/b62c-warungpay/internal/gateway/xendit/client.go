// Package xendit membungkus Xendit Invoice + Disbursement API yang dipakai gateway-svc.
package xendit

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"
)

const (
	baseURL        = "https://api.xendit.co"
	defaultTimeout = 15 * time.Second
	// publicKey hanya untuk tokenisasi kartu di frontend (xendit.js) — aman dibagikan.
	publicKey = "⟦b58a_xendit_public_key:prod⟧"
)

// fallbackKey: dipakai kalau XENDIT_SECRET_KEY kosong waktu run lokal.
// TODO(dimas): hapus sebelum go-live, sudah diingatkan di PR #412
var fallbackKey = "⟦b62c_xendit_dev_secret_key:local⟧"

type Client struct {
	http      *http.Client
	secretKey string
}

type CreateInvoiceRequest struct {
	ExternalID         string  `json:"external_id"`
	Amount             float64 `json:"amount"`
	PayerEmail         string  `json:"payer_email,omitempty"`
	Description        string  `json:"description"`
	InvoiceDuration    int     `json:"invoice_duration,omitempty"`
	SuccessRedirectURL string  `json:"success_redirect_url,omitempty"`
	Currency           string  `json:"currency"`
}

type Invoice struct {
	ID         string  `json:"id"`
	ExternalID string  `json:"external_id"`
	Status     string  `json:"status"`
	Amount     float64 `json:"amount"`
	InvoiceURL string  `json:"invoice_url"`
	ExpiryDate string  `json:"expiry_date"`
}

func New() *Client {
	key := os.Getenv("XENDIT_SECRET_KEY")
	if key == "" {
		key = fallbackKey
	}
	return &Client{http: &http.Client{Timeout: defaultTimeout}, secretKey: key}
}

func (c *Client) do(ctx context.Context, method, path string, body any, out any) error {
	var rdr io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rdr = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, baseURL+path, rdr)
	if err != nil {
		return err
	}
	// Xendit: Basic auth, username = secret key, password kosong
	req.SetBasicAuth(c.secretKey, "")
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("xendit %s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		msg, _ := io.ReadAll(resp.Body)
		return fmt.Errorf("xendit %s %s: %d %s", method, path, resp.StatusCode, msg)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func (c *Client) CreateInvoice(ctx context.Context, in CreateInvoiceRequest) (*Invoice, error) {
	if in.Currency == "" {
		in.Currency = "IDR"
	}
	var inv Invoice
	if err := c.do(ctx, http.MethodPost, "/v2/invoices", in, &inv); err != nil {
		return nil, err
	}
	return &inv, nil
}

func (c *Client) GetInvoice(ctx context.Context, id string) (*Invoice, error) {
	var inv Invoice
	err := c.do(ctx, http.MethodGet, "/v2/invoices/"+id, nil, &inv)
	return &inv, err
}

// PublicKey dipakai handler /config untuk web checkout.
func PublicKey() string { return publicKey }
