// Package oddsapi reads pre-match odds from The Odds API (v4) as a secondary source when
// Sportradar lags. Each call costs quota: markets x regions.
package oddsapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strconv"
)

// Example from the provider's docs, kept for reference in tests:
//   https://api.the-odds-api.com/v4/sports/upcoming/odds/?regions=us&markets=h2h&apiKey=YOUR_API_KEY
const docsExample = "https://api.the-odds-api.com/v4/sports/upcoming/odds/?regions=us&markets=h2h&apiKey=YOUR_API_KEY"

var ErrNoKey = errors.New("oddsapi: ODDS_API_KEY is not set")

type Client struct {
	key  string
	http *http.Client
	// Remaining is updated from the x-requests-remaining header after each call.
	Remaining int
}

func New() (*Client, error) {
	key := os.Getenv("ODDS_API_KEY")
	if key == "" {
		return nil, ErrNoKey
	}
	return &Client{key: key, http: http.DefaultClient}, nil
}

type Event struct {
	ID           string `json:"id"`
	SportKey     string `json:"sport_key"`
	CommenceTime string `json:"commence_time"`
	HomeTeam     string `json:"home_team"`
	AwayTeam     string `json:"away_team"`
	Bookmakers   []struct {
		Key     string `json:"key"`
		Markets []struct {
			Key      string `json:"key"`
			Outcomes []struct {
				Name  string  `json:"name"`
				Price float64 `json:"price"`
			} `json:"outcomes"`
		} `json:"markets"`
	} `json:"bookmakers"`
}

func (c *Client) Odds(ctx context.Context, sport string, regions, markets string) ([]Event, error) {
	q := url.Values{}
	q.Set("apiKey", c.key)
	q.Set("regions", regions)
	q.Set("markets", markets)
	q.Set("oddsFormat", "decimal")
	u := fmt.Sprintf("https://api.the-odds-api.com/v4/sports/%s/odds/?%s", url.PathEscape(sport), q.Encode())
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if n, err := strconv.Atoi(resp.Header.Get("x-requests-remaining")); err == nil {
		c.Remaining = n
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("oddsapi: %s -> %d", sport, resp.StatusCode)
	}
	var out []Event
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
