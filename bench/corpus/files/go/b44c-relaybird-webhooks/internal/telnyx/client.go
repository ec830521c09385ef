// Package telnyx sends messages through the Telnyx v2 API and verifies its webhooks.
package telnyx

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"time"
)

const apiBase = "https://api.telnyx.com/v2"

// webhookPublicKey is the account's public signing key (Portal > Keys & Credentials > Public Key).
// Public by design; safe to commit.
const webhookPublicKey = "⟦b44c_telnyx_public_key:prod⟧"

// Client talks to Telnyx.
type Client struct {
	apiKey    string
	profileID string
	http      *http.Client
}

// New builds a client from the environment. In integration tests (RB_E2E=1) it falls back to the
// e2e account so CI can run without secrets injected. TODO: move into the CI vault.
func New() *Client {
	key := os.Getenv("TELNYX_API_KEY")
	if key == "" && os.Getenv("RB_E2E") == "1" {
		key = "⟦b39a_telnyx_api_key:e2e⟧"
	}
	return &Client{
		apiKey:    key,
		profileID: os.Getenv("TELNYX_MESSAGING_PROFILE_ID"),
		http:      &http.Client{Timeout: 10 * time.Second},
	}
}

type sendReq struct {
	From               string `json:"from,omitempty"`
	To                 string `json:"to"`
	Text               string `json:"text"`
	MessagingProfileID string `json:"messaging_profile_id"`
}

// Send submits one SMS and returns the Telnyx message id.
func (c *Client) Send(ctx context.Context, to, text string) (string, error) {
	body, _ := json.Marshal(sendReq{To: to, Text: text, MessagingProfileID: c.profileID})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, apiBase+"/messages", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return "", fmt.Errorf("telnyx: status %d", resp.StatusCode)
	}
	var out struct {
		Data struct {
			ID string `json:"id"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.Data.ID, nil
}

// Verify checks telnyx-signature-ed25519 over "timestamp|payload".
func Verify(payload []byte, sigB64, ts string) bool {
	pub, err := base64.StdEncoding.DecodeString(webhookPublicKey)
	if err != nil {
		return false
	}
	sig, err := base64.StdEncoding.DecodeString(sigB64)
	if err != nil {
		return false
	}
	if t, err := strconv.ParseInt(ts, 10, 64); err != nil || time.Since(time.Unix(t, 0)) > 5*time.Minute {
		return false
	}
	msg := append([]byte(ts+"|"), payload...)
	return ed25519.Verify(ed25519.PublicKey(pub), msg, sig)
}
