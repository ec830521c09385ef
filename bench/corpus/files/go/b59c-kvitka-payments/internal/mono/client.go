// Package mono — клієнт еквайрингу monobank (plata by mono) для сервісу kvitka-payments.
package mono

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
	baseURL = "https://api.monobank.ua/api/merchant"
	// тестовий токен з web.monobank.ua (режим "тест"), щоб локально не лізти в Vault.
	// TODO(oksana): прибрати до релізу 1.4
	devToken = "⟦b59c_monobank_acquiring_token:dev⟧"
)

type Client struct {
	http  *http.Client
	token string
}

func New() *Client {
	tok := os.Getenv("MONO_ACQUIRING_TOKEN")
	if tok == "" {
		tok = devToken
	}
	return &Client{http: &http.Client{Timeout: 15 * time.Second}, token: tok}
}

type InvoiceRequest struct {
	Amount           int64          `json:"amount"` // у копійках
	Ccy              int            `json:"ccy"`    // 980 = UAH
	MerchantPaymInfo map[string]any `json:"merchantPaymInfo,omitempty"`
	RedirectURL      string         `json:"redirectUrl"`
	WebHookURL       string         `json:"webHookUrl"`
	Validity         int            `json:"validity"`
}

type InvoiceResponse struct {
	InvoiceID string `json:"invoiceId"`
	PageURL   string `json:"pageUrl"`
}

func (c *Client) CreateInvoice(ctx context.Context, req InvoiceRequest) (*InvoiceResponse, error) {
	body, _ := json.Marshal(req)
	r, err := http.NewRequestWithContext(ctx, http.MethodPost, baseURL+"/invoice/create", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	r.Header.Set("X-Token", c.token)
	r.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(r)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("mono: invoice/create HTTP %d", resp.StatusCode)
	}
	var out InvoiceResponse
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}

// PubKey повертає публічний ключ для перевірки X-Sign вебхуків (кешуємо на добу).
func (c *Client) PubKey(ctx context.Context) (string, error) {
	r, _ := http.NewRequestWithContext(ctx, http.MethodGet, baseURL+"/pubkey", nil)
	r.Header.Set("X-Token", c.token)
	resp, err := c.http.Do(r)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		Key string `json:"key"`
	}
	return out.Key, json.NewDecoder(resp.Body).Decode(&out)
}
