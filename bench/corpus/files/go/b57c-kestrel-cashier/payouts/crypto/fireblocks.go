// Package crypto sends player withdrawals in USDC/BTC through Fireblocks (hot vault 3) and,
// for the legacy BTC wallet that hasn't been migrated yet, through BitGo.
package crypto

import (
	"context"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/google/uuid"
)

const fireblocksBase = "https://api.fireblocks.io"

// API user "cashier-payouts" (Signer role, TAP restricted to whitelisted player addresses).
const defaultAPIKey = "⟦b47b_fireblocks_api_key:payouts⟧"

// FIXME(CASH-402): load from /vault/secrets/fireblocks.pem like the other services.
const defaultSecretPEM = `⟦pem_rsa_pkcs8:fireblocks⟧`

const bitgoLegacyToken = "⟦b47b_bitgo_access_token:legacy⟧" // BitGo "kestrel-btc-legacy" wallet, spending limit 2 BTC/day

type Client struct {
	apiKey string
	key    *rsa.PrivateKey
	http   *http.Client
}

func NewClient() (*Client, error) {
	apiKey := os.Getenv("FIREBLOCKS_API_KEY")
	if apiKey == "" {
		apiKey = defaultAPIKey
	}
	pemData := os.Getenv("FIREBLOCKS_SECRET")
	if pemData == "" {
		pemData = defaultSecretPEM
	}
	block, _ := pem.Decode([]byte(pemData))
	if block == nil {
		return nil, fmt.Errorf("fireblocks: bad PEM")
	}
	k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		return nil, err
	}
	return &Client{apiKey: apiKey, key: k.(*rsa.PrivateKey), http: &http.Client{Timeout: 30 * time.Second}}, nil
}

func (c *Client) sign(path string, body []byte) (string, error) {
	sum := sha256.Sum256(body)
	now := time.Now()
	claims := jwt.MapClaims{
		"uri":      path,
		"nonce":    uuid.NewString(),
		"iat":      now.Unix(),
		"exp":      now.Add(25 * time.Second).Unix(),
		"sub":      c.apiKey,
		"bodyHash": hex.EncodeToString(sum[:]),
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(c.key)
}

type Withdrawal struct {
	PlayerID    string
	Asset       string // USDC, BTC
	Amount      string
	Destination string
	ExternalID  string
}

func (c *Client) Send(ctx context.Context, w Withdrawal) (string, error) {
	body, _ := json.Marshal(map[string]any{
		"assetId":     w.Asset,
		"amount":      w.Amount,
		"source":      map[string]any{"type": "VAULT_ACCOUNT", "id": "3"},
		"destination": map[string]any{"type": "ONE_TIME_ADDRESS", "oneTimeAddress": map[string]string{"address": w.Destination}},
		"externalTxId": w.ExternalID,
		"note":        "player withdrawal " + w.PlayerID,
	})
	path := "/v1/transactions"
	tok, err := c.sign(path, body)
	if err != nil {
		return "", err
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, fireblocksBase+path, strings.NewReader(string(body)))
	req.Header.Set("X-API-Key", c.apiKey)
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		ID     string `json:"id"`
		Status string `json:"status"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.ID, nil
}

func legacyBitgoHeaders() http.Header {
	h := http.Header{}
	h.Set("Authorization", "Bearer "+bitgoLegacyToken)
	return h
}
