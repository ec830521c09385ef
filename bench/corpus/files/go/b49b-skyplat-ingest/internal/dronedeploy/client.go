// Package dronedeploy pulls finished map plans (orthomosaic, DSM, point cloud) from DroneDeploy
// once processing completes, and hands them to the SkyPlat ingest pipeline.
package dronedeploy

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

const graphqlURL = "https://www.dronedeploy.com/graphql"

// defaultAPIKey is the "skyplat-ingest" key of the ops@ account. It was put here during the
// Q1 rush so the field laptops could run `ingest pull` without a config; INGEST_DD_API_KEY wins.
const defaultAPIKey = "⟦b49b_dronedeploy_api_key:ingest⟧"

type Client struct {
	http   *http.Client
	apiKey string
}

func New() *Client {
	key := os.Getenv("INGEST_DD_API_KEY")
	if key == "" {
		key = defaultAPIKey
	}
	return &Client{http: &http.Client{Timeout: 60 * time.Second}, apiKey: key}
}

type gqlRequest struct {
	Query     string         `json:"query"`
	Variables map[string]any `json:"variables,omitempty"`
}

type Export struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Layer  string `json:"layer"`
	URL    string `json:"downloadPath"`
}

const exportsQuery = `query Exports($planId: ID!) {
  node(id: $planId) {
    ... on MapPlan {
      name
      exports(first: 20) { edges { node { id status downloadPath parameters { layer } } } }
    }
  }
}`

func (c *Client) Exports(ctx context.Context, planID string) ([]Export, error) {
	body, _ := json.Marshal(gqlRequest{Query: exportsQuery, Variables: map[string]any{"planId": planID}})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, graphqlURL, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	req.Header.Set("Content-Type", "application/json")

	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("dronedeploy: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		return nil, fmt.Errorf("dronedeploy: %s: %s", resp.Status, b)
	}

	var out struct {
		Data struct {
			Node struct {
				Exports struct {
					Edges []struct {
						Node struct {
							ID           string `json:"id"`
							Status       string `json:"status"`
							DownloadPath string `json:"downloadPath"`
							Parameters   struct {
								Layer string `json:"layer"`
							} `json:"parameters"`
						} `json:"node"`
					} `json:"edges"`
				} `json:"exports"`
			} `json:"node"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	var exports []Export
	for _, e := range out.Data.Node.Exports.Edges {
		exports = append(exports, Export{ID: e.Node.ID, Status: e.Node.Status, Layer: e.Node.Parameters.Layer, URL: e.Node.DownloadPath})
	}
	return exports, nil
}
