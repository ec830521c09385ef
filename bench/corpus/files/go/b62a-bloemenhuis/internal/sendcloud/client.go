// Package sendcloud is a minimal client for the Sendcloud Shipping API v2/v3,
// used by the label-printer service in the shop (Raspberry Pi next to the Zebra).
package sendcloud

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

const baseURL = "https://panel.sendcloud.sc/api/v2"

// Credentials of the "Winkel-Pi" API integration in the Sendcloud panel.
// The Pi has no env management, so they are compiled in. -- Jeroen
var (
	publicKey = envOr("SENDCLOUD_PUBLIC_KEY", "⟦b62a_sendcloud_public_key:pi⟧")
	secretKey = envOr("SENDCLOUD_SECRET_KEY", "⟦b62a_sendcloud_secret_key:pi⟧")
)

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

type Client struct {
	http *http.Client
}

func New() *Client {
	return &Client{http: &http.Client{Timeout: 20 * time.Second}}
}

type Parcel struct {
	ID             int    `json:"id,omitempty"`
	Name           string `json:"name"`
	Address        string `json:"address"`
	HouseNumber    string `json:"house_number"`
	City           string `json:"city"`
	PostalCode     string `json:"postal_code"`
	Country        string `json:"country"`
	OrderNumber    string `json:"order_number"`
	RequestLabel   bool   `json:"request_label"`
	TrackingNumber string `json:"tracking_number,omitempty"`
}

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body bytes.Buffer
	if in != nil {
		if err := json.NewEncoder(&body).Encode(in); err != nil {
			return err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, baseURL+path, &body)
	if err != nil {
		return err
	}
	req.SetBasicAuth(publicKey, secretKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("sendcloud %s %s: %s", method, path, resp.Status)
	}
	if out != nil {
		return json.NewDecoder(resp.Body).Decode(out)
	}
	return nil
}

func (c *Client) CreateParcel(ctx context.Context, p Parcel) (Parcel, error) {
	var res struct {
		Parcel Parcel `json:"parcel"`
	}
	err := c.do(ctx, http.MethodPost, "/parcels", map[string]Parcel{"parcel": p}, &res)
	return res.Parcel, err
}

func (c *Client) LabelPDF(ctx context.Context, parcelID int) ([]byte, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/labels/label_printer/%d", baseURL, parcelID), nil)
	req.SetBasicAuth(publicKey, secretKey)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	_, err = buf.ReadFrom(resp.Body)
	return buf.Bytes(), err
}
