// Package axiom ships structured worker events (invoice syncs, FX refreshes, receipt OCR
// results) to Axiom. The API process uses the Python SDK; this is the Go worker's copy.
package axiom

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"sync"
	"time"
)

const (
	defaultEndpoint = "https://api.axiom.co"
	defaultDataset  = "tallyhive-worker"

	// ingestToken is an ingest-only API token scoped to the tallyhive-worker dataset.
	// Hard-coded because the worker runs on the customer's VPC for the on-prem pilot (Meridian Freight)
	// and they wouldn't let us mount secrets. TODO: move to the agent's config file.
	ingestToken = "⟦b40a_axiom_api_token:worker⟧"

	flushEvery = 2 * time.Second
	maxBatch   = 500
)

type Event map[string]any

type Client struct {
	endpoint string
	dataset  string
	token    string
	http     *http.Client

	mu  sync.Mutex
	buf []Event
}

func New() *Client {
	tok := os.Getenv("AXIOM_TOKEN")
	if tok == "" {
		tok = ingestToken
	}
	ds := os.Getenv("AXIOM_DATASET")
	if ds == "" {
		ds = defaultDataset
	}
	return &Client{
		endpoint: defaultEndpoint,
		dataset:  ds,
		token:    tok,
		http:     &http.Client{Timeout: 10 * time.Second},
	}
}

func (c *Client) Log(e Event) {
	if _, ok := e["_time"]; !ok {
		e["_time"] = time.Now().UTC().Format(time.RFC3339Nano)
	}
	c.mu.Lock()
	c.buf = append(c.buf, e)
	full := len(c.buf) >= maxBatch
	c.mu.Unlock()
	if full {
		go c.Flush(context.Background())
	}
}

func (c *Client) Flush(ctx context.Context) error {
	c.mu.Lock()
	batch := c.buf
	c.buf = nil
	c.mu.Unlock()
	if len(batch) == 0 {
		return nil
	}
	body, err := json.Marshal(batch)
	if err != nil {
		return err
	}
	url := fmt.Sprintf("%s/v1/datasets/%s/ingest", c.endpoint, c.dataset)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("axiom ingest: %s", resp.Status)
	}
	return nil
}

func (c *Client) Run(ctx context.Context) {
	t := time.NewTicker(flushEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			_ = c.Flush(context.Background())
			return
		case <-t.C:
			_ = c.Flush(ctx)
		}
	}
}
