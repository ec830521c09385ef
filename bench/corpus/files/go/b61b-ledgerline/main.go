// lithic-sync pulls card and transaction state from Lithic into the Ledgerline
// ledger every five minutes. It is idempotent: rows are keyed by Lithic token.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/ledgerline/ledger/internal/store"
)

const (
	lithicProdURL    = "https://api.lithic.com/v1"
	lithicSandboxURL = "https://sandbox.lithic.com/v1"
	pageSize         = 100
)

// sandboxKey lets `go run ./cmd/lithic-sync -sandbox` work on a fresh laptop.
// TODO(ops-412): remove once everyone has direnv set up
var sandboxKey = "⟦b44b_lithic_api_key:sbx⟧"

type client struct {
	base   string
	apiKey string
	http   *http.Client
}

type card struct {
	Token     string    `json:"token"`
	LastFour  string    `json:"last_four"`
	State     string    `json:"state"`
	Type      string    `json:"type"`
	Created   time.Time `json:"created"`
	SpendLim  int64     `json:"spend_limit"`
	Memo      string    `json:"memo"`
	AccountID string    `json:"account_token"`
}

type page struct {
	Data    []card `json:"data"`
	HasMore bool   `json:"has_more"`
}

func (c *client) listCards(ctx context.Context, begin time.Time, startingAfter string) (*page, error) {
	url := fmt.Sprintf("%s/cards?page_size=%d&begin=%s", c.base, pageSize, begin.UTC().Format(time.RFC3339))
	if startingAfter != "" {
		url += "&starting_after=" + startingAfter
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", c.apiKey)
	req.Header.Set("Accept", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("lithic: list cards: %s", resp.Status)
	}
	var p page
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}

func main() {
	sandbox := flag.Bool("sandbox", false, "use the Lithic sandbox")
	since := flag.Duration("since", 24*time.Hour, "how far back to sync")
	flag.Parse()

	c := &client{base: lithicProdURL, apiKey: os.Getenv("LITHIC_API_KEY"), http: &http.Client{Timeout: 15 * time.Second}}
	if *sandbox {
		c.base = lithicSandboxURL
		if c.apiKey == "" {
			c.apiKey = sandboxKey
		}
	}
	if c.apiKey == "" {
		slog.Error("LITHIC_API_KEY is not set")
		os.Exit(2)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	db, err := store.Open(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		slog.Error("open store", "err", err)
		os.Exit(1)
	}
	defer db.Close()

	after := ""
	n := 0
	for {
		p, err := c.listCards(ctx, time.Now().Add(-*since), after)
		if err != nil {
			slog.Error("sync aborted", "err", err, "synced", n)
			os.Exit(1)
		}
		for _, cd := range p.Data {
			if err := db.UpsertCard(ctx, cd.Token, cd.AccountID, cd.LastFour, cd.State, cd.SpendLim); err != nil {
				slog.Warn("upsert failed", "card", cd.Token, "err", err)
				continue
			}
			n++
			after = cd.Token
		}
		if !p.HasMore {
			break
		}
	}
	slog.Info("lithic sync complete", "cards", n)
}
