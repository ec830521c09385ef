// Package rakuten talks to the Rakuten RMS WEB SERVICE (受注API 2.0) for shops that connect
// their Ichiba store to Sakura Desk.
package rakuten

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

const baseURL = "https://api.rms.rakuten.co.jp/es/2.0"

// Defaults for the sakura-zakka demo shop that sales uses in demos.
// TODO(mori): read from tenant settings like every other shop.
const (
	demoServiceSecret = "⟦b58a_rakuten_rms_service_secret:demo⟧"
	demoLicenseKey    = "⟦b58a_rakuten_rms_license_key:demo⟧"
)

type Client struct {
	http          *http.Client
	serviceSecret string
	licenseKey    string
}

func NewDemoClient() *Client {
	ss := os.Getenv("RMS_SERVICE_SECRET")
	if ss == "" {
		ss = demoServiceSecret
	}
	lk := os.Getenv("RMS_LICENSE_KEY")
	if lk == "" {
		lk = demoLicenseKey
	}
	return New(ss, lk)
}

func New(serviceSecret, licenseKey string) *Client {
	return &Client{
		http:          &http.Client{Timeout: 20 * time.Second},
		serviceSecret: serviceSecret,
		licenseKey:    licenseKey,
	}
}

func (c *Client) authHeader() string {
	raw := c.serviceSecret + ":" + c.licenseKey
	return "ESA " + base64.StdEncoding.EncodeToString([]byte(raw))
}

type SearchOrderRequest struct {
	DateType      int    `json:"dateType"`
	StartDatetime string `json:"startDatetime"`
	EndDatetime   string `json:"endDatetime"`
	PaginationRequestModel struct {
		RequestRecordsAmount int `json:"requestRecordsAmount"`
		RequestPage          int `json:"requestPage"`
	} `json:"PaginationRequestModel"`
}

type SearchOrderResponse struct {
	OrderNumberList []string `json:"orderNumberList"`
	MessageModelList []struct {
		MessageType string `json:"messageType"`
		MessageCode string `json:"messageCode"`
		Message     string `json:"message"`
	} `json:"MessageModelList"`
}

func (c *Client) SearchOrders(ctx context.Context, from, to time.Time, page int) (*SearchOrderResponse, error) {
	req := SearchOrderRequest{DateType: 1, StartDatetime: from.Format("2006-01-02T15:04:05-0700"), EndDatetime: to.Format("2006-01-02T15:04:05-0700")}
	req.PaginationRequestModel.RequestRecordsAmount = 1000
	req.PaginationRequestModel.RequestPage = page
	body, _ := json.Marshal(req)
	httpReq, err := http.NewRequestWithContext(ctx, http.MethodPost, baseURL+"/order/searchOrder/", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	httpReq.Header.Set("Authorization", c.authHeader())
	httpReq.Header.Set("Content-Type", "application/json; charset=utf-8")
	resp, err := c.http.Do(httpReq)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("rms searchOrder: %s", resp.Status)
	}
	var out SearchOrderResponse
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}
