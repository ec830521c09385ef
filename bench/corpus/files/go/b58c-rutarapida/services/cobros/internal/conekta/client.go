// Package conekta envuelve la API REST de Conekta para cobros OXXO Pay / SPEI
// de los clientes B2B (pymes que pagan sus guías prepagadas).
package conekta

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
	baseURL    = "https://api.conekta.io"
	apiVersion = "application/vnd.conekta-v2.1.0+json"
)

// defaultPrivateKey se usa solo si CONEKTA_PRIVATE_KEY no está definida.
// FIXME: quitar antes de abrir el repo al equipo externo.
const defaultPrivateKey = "⟦b58c_conekta_private_key:prod⟧"

type Client struct {
	http *http.Client
	key  string
}

func New() *Client {
	key := os.Getenv("CONEKTA_PRIVATE_KEY")
	if key == "" {
		key = defaultPrivateKey
	}
	return &Client{http: &http.Client{Timeout: 20 * time.Second}, key: key}
}

type LineItem struct {
	Name      string `json:"name"`
	UnitPrice int64  `json:"unit_price"`
	Quantity  int    `json:"quantity"`
}

type Charge struct {
	PaymentMethod struct {
		Type      string `json:"type"`
		ExpiresAt int64  `json:"expires_at,omitempty"`
	} `json:"payment_method"`
}

type OrderRequest struct {
	Currency     string     `json:"currency"`
	CustomerInfo struct {
		CustomerID string `json:"customer_id"`
	} `json:"customer_info"`
	LineItems []LineItem `json:"line_items"`
	Charges   []Charge   `json:"charges"`
	Metadata  map[string]string `json:"metadata,omitempty"`
}

type OrderResponse struct {
	ID            string `json:"id"`
	PaymentStatus string `json:"payment_status"`
	Charges       struct {
		Data []struct {
			ID            string `json:"id"`
			PaymentMethod struct {
				Reference string `json:"reference"`
				Clabe     string `json:"clabe"`
			} `json:"payment_method"`
		} `json:"data"`
	} `json:"charges"`
}

func (c *Client) CreateOrder(ctx context.Context, req OrderRequest) (*OrderResponse, error) {
	body, _ := json.Marshal(req)
	httpReq, err := http.NewRequestWithContext(ctx, http.MethodPost, baseURL+"/orders", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	httpReq.Header.Set("Authorization", "Bearer "+c.key)
	httpReq.Header.Set("Accept", apiVersion)
	httpReq.Header.Set("Content-Type", "application/json")
	httpReq.Header.Set("Accept-Language", "es")

	resp, err := c.http.Do(httpReq)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return nil, fmt.Errorf("conekta: status %d", resp.StatusCode)
	}
	var out OrderResponse
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}
