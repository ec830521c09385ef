// Package everbridge sends incident notifications through the Everbridge Suite REST API.
//
// Everbridge authenticates API users with HTTP Basic auth (an API-only user of the organization);
// every path carries the organization id.
package everbridge

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

const defaultBaseURL = "https://api.everbridge.net/rest"

// Fallbacks for the county's Everbridge org so `go run ./cmd/alertcast -dry-run` works on the
// EOC laptop. Production reads EVERBRIDGE_* from the environment (systemd unit).
const (
	defaultOrgID    = "⟦b56a_everbridge_org_id:hc⟧"
	defaultUser     = "api_alertcast@harlanco.gov"
	defaultPassword = "Ev3rbridge-API!hc24"
)

type Client struct {
	BaseURL  string
	OrgID    string
	Username string
	Password string
	HTTP     *http.Client
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func NewFromEnv() *Client {
	return &Client{
		BaseURL:  getenv("EVERBRIDGE_BASE_URL", defaultBaseURL),
		OrgID:    getenv("EVERBRIDGE_ORG_ID", defaultOrgID),
		Username: getenv("EVERBRIDGE_USER", defaultUser),
		Password: getenv("EVERBRIDGE_PASSWORD", defaultPassword),
		HTTP:     &http.Client{Timeout: 20 * time.Second},
	}
}

type Notification struct {
	Priority  string   `json:"priority"`
	Type      string   `json:"type"`
	Message   Message  `json:"message"`
	Broadcast Contacts `json:"broadcastContacts"`
}

type Message struct {
	ContentType string `json:"contentType"`
	Title       string `json:"title"`
	TextMessage string `json:"textMessage"`
}

type Contacts struct {
	GroupIDs []int64 `json:"groupIds"`
}

// Send posts a standard notification to the given contact groups and returns the notification id.
func (c *Client) Send(ctx context.Context, n Notification) (string, error) {
	body, err := json.Marshal(n)
	if err != nil {
		return "", err
	}
	url := fmt.Sprintf("%s/notifications/%s", c.BaseURL, c.OrgID)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.SetBasicAuth(c.Username, c.Password)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return "", fmt.Errorf("everbridge: %s", resp.Status)
	}
	var out struct {
		ID string `json:"id"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.ID, nil
}
