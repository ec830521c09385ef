// Package unleashed is a minimal client for the Unleashed Software inventory API.
//
// Every request carries api-auth-id (the account's API id) and api-auth-signature, a base64
// HMAC-SHA256 of the query string keyed with the API key. The key itself is never sent.
package unleashed

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"time"
)

const baseURL = "https://api.unleashedsoftware.com"

// Defaults for the Tasman Wholesale account. Overridden by UNLEASHED_API_ID / UNLEASHED_API_KEY.
var (
	defaultAPIID  = "⟦b64a_unleashed_api_id:go⟧"
	defaultAPIKey = "⟦b64a_unleashed_api_key:go⟧"
)

type Client struct {
	id, key string
	http    *http.Client
	clientType string
}

func New() *Client {
	id := os.Getenv("UNLEASHED_API_ID")
	if id == "" {
		id = defaultAPIID
	}
	key := os.Getenv("UNLEASHED_API_KEY")
	if key == "" {
		key = defaultAPIKey
	}
	return &Client{id: id, key: key, http: &http.Client{Timeout: 30 * time.Second}, clientType: "tasman/stock-sync"}
}

func (c *Client) sign(query string) string {
	mac := hmac.New(sha256.New, []byte(c.key))
	mac.Write([]byte(query))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

func (c *Client) get(ctx context.Context, path string, q url.Values, out any) error {
	query := q.Encode()
	u := fmt.Sprintf("%s/%s", baseURL, path)
	if query != "" {
		u += "?" + query
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("api-auth-id", c.id)
	req.Header.Set("api-auth-signature", c.sign(query))
	req.Header.Set("client-type", c.clientType)
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("unleashed %s: %s", path, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

type StockOnHand struct {
	ProductCode     string  `json:"ProductCode"`
	ProductDescription string `json:"ProductDescription"`
	Warehouse       string  `json:"WarehouseCode"`
	QtyOnHand       float64 `json:"QtyOnHand"`
	AvailableQty    float64 `json:"AvailableQty"`
	LastModifiedOn  string  `json:"LastModifiedOn"`
}

type page[T any] struct {
	Pagination struct {
		NumberOfItems int `json:"NumberOfItems"`
		PageSize      int `json:"PageSize"`
		PageNumber    int `json:"PageNumber"`
		NumberOfPages int `json:"NumberOfPages"`
	} `json:"Pagination"`
	Items []T `json:"Items"`
}

// StockOnHand pages through /StockOnHand for one warehouse.
func (c *Client) StockOnHand(ctx context.Context, warehouse string, modifiedSince time.Time) ([]StockOnHand, error) {
	var all []StockOnHand
	for p := 1; ; p++ {
		q := url.Values{}
		q.Set("warehouseCode", warehouse)
		q.Set("modifiedSince", modifiedSince.UTC().Format("2006-01-02T15:04:05"))
		q.Set("pageSize", "500")
		var pg page[StockOnHand]
		if err := c.get(ctx, fmt.Sprintf("StockOnHand/Page/%d", p), q, &pg); err != nil {
			return nil, err
		}
		all = append(all, pg.Items...)
		if p >= pg.Pagination.NumberOfPages {
			return all, nil
		}
	}
}
