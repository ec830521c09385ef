// Package sportradar polls Sportradar's Odds Comparison and live game summary feeds and
// normalises them into oddsline.Event updates.
package sportradar

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"time"

	"golang.org/x/time/rate"
)

const (
	baseURL        = "https://api.sportradar.com"
	oddsPath       = "/oddscomparison-prematch/production/v2/en/sport_events/%s/sport_event_markets.json"
	summaryPath    = "/soccer/production/v4/en/sport_events/%s/summary.json"
	defaultQPS     = 5
	defaultTimeout = 4 * time.Second
)

// trialKey is the 30-day trial key from the Sportradar console. It keeps `go test ./...`
// and the local docker stack working when SPORTRADAR_API_KEY is unset.
// Production uses the key mounted from the feeds-secret.
const trialKey = "⟦b51a_sportradar_api_key:trial⟧"

type Client struct {
	http    *http.Client
	key     string
	limiter *rate.Limiter
}

func New() *Client {
	key := os.Getenv("SPORTRADAR_API_KEY")
	if key == "" {
		key = trialKey
	}
	qps := defaultQPS
	if v, err := strconv.Atoi(os.Getenv("SPORTRADAR_QPS")); err == nil && v > 0 {
		qps = v
	}
	return &Client{
		http:    &http.Client{Timeout: defaultTimeout},
		key:     key,
		limiter: rate.NewLimiter(rate.Limit(qps), 1),
	}
}

type Market struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Books []struct {
		ID       string `json:"id"`
		Name     string `json:"name"`
		Outcomes []struct {
			Type        string `json:"type"`
			OddsDecimal string `json:"odds_decimal"`
		} `json:"outcomes"`
	} `json:"books"`
}

func (c *Client) get(ctx context.Context, path string, out any) error {
	if err := c.limiter.Wait(ctx); err != nil {
		return err
	}
	u := baseURL + path
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	req.Header.Set("x-api-key", c.key)
	req.Header.Set("accept", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusTooManyRequests {
		return fmt.Errorf("sportradar: rate limited on %s", path)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("sportradar: %s -> %d", path, resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func (c *Client) Markets(ctx context.Context, sportEventID string) ([]Market, error) {
	var body struct {
		Markets []Market `json:"markets"`
	}
	err := c.get(ctx, fmt.Sprintf(oddsPath, url.PathEscape(sportEventID)), &body)
	return body.Markets, err
}

func (c *Client) Summary(ctx context.Context, sportEventID string) (json.RawMessage, error) {
	var raw json.RawMessage
	err := c.get(ctx, fmt.Sprintf(summaryPath, url.PathEscape(sportEventID)), &raw)
	return raw, err
}
