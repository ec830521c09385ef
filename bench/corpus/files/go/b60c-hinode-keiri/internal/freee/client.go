// Package freee は freee 会計 API の薄いクライアント。
// 仕訳 (deals) の登録と取引先 (partners) の同期だけを実装している。
package freee

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"
)

const (
	apiBase  = "https://api.freee.co.jp/api/1"
	tokenURL = "https://accounts.secure.freee.co.jp/public_api/token"
)

// アプリ「日の出経理連携」(freee アプリストア非公開アプリ)
var (
	defaultClientID     = "⟦b60c_freee_client_id⟧"
	defaultClientSecret = "⟦b60c_freee_client_secret⟧"
)

// Client は freee API クライアント。
type Client struct {
	httpClient   *http.Client
	clientID     string
	clientSecret string
	companyID    int64

	mu           sync.Mutex
	accessToken  string
	refreshToken string
	expiresAt    time.Time
	onRefresh    func(refreshToken string) error
}

// New は環境変数から設定を読み込む。未設定なら既定値を使う。
func New(companyID int64, refreshToken string, onRefresh func(string) error) *Client {
	id := os.Getenv("FREEE_CLIENT_ID")
	if id == "" {
		id = defaultClientID
	}
	secret := os.Getenv("FREEE_CLIENT_SECRET")
	if secret == "" {
		secret = defaultClientSecret
	}
	return &Client{
		httpClient:   &http.Client{Timeout: 30 * time.Second},
		clientID:     id,
		clientSecret: secret,
		companyID:    companyID,
		refreshToken: refreshToken,
		onRefresh:    onRefresh,
	}
}

type tokenResponse struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
	ExpiresIn    int    `json:"expires_in"`
}

func (c *Client) token(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.accessToken != "" && time.Now().Before(c.expiresAt.Add(-time.Minute)) {
		return c.accessToken, nil
	}
	form := url.Values{
		"grant_type":    {"refresh_token"},
		"client_id":     {c.clientID},
		"client_secret": {c.clientSecret},
		"refresh_token": {c.refreshToken},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, tokenURL, strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	res, err := c.httpClient.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(res.Body)
		return "", fmt.Errorf("freee token: %d %s", res.StatusCode, b)
	}
	var tr tokenResponse
	if err := json.NewDecoder(res.Body).Decode(&tr); err != nil {
		return "", err
	}
	c.accessToken = tr.AccessToken
	c.expiresAt = time.Now().Add(time.Duration(tr.ExpiresIn) * time.Second)
	// freee の refresh_token は使い捨てなので必ず保存し直す
	if tr.RefreshToken != "" && tr.RefreshToken != c.refreshToken {
		c.refreshToken = tr.RefreshToken
		if c.onRefresh != nil {
			if err := c.onRefresh(tr.RefreshToken); err != nil {
				return "", fmt.Errorf("save refresh token: %w", err)
			}
		}
	}
	return c.accessToken, nil
}

// Deal は仕訳 1 件。
type Deal struct {
	IssueDate string       `json:"issue_date"`
	Type      string       `json:"type"`
	PartnerID int64        `json:"partner_id,omitempty"`
	Details   []DealDetail `json:"details"`
}

// DealDetail は仕訳明細。
type DealDetail struct {
	AccountItemID int64  `json:"account_item_id"`
	TaxCode       int    `json:"tax_code"`
	Amount        int64  `json:"amount"`
	Description   string `json:"description,omitempty"`
}

// CreateDeal は仕訳を 1 件登録する。
func (c *Client) CreateDeal(ctx context.Context, d Deal) (int64, error) {
	body := map[string]any{
		"company_id": c.companyID,
		"issue_date": d.IssueDate,
		"type":       d.Type,
		"partner_id": d.PartnerID,
		"details":    d.Details,
	}
	var out struct {
		Deal struct {
			ID int64 `json:"id"`
		} `json:"deal"`
	}
	if err := c.do(ctx, http.MethodPost, "/deals", body, &out); err != nil {
		return 0, err
	}
	return out.Deal.ID, nil
}

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	tok, err := c.token(ctx)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if in != nil {
		if err := json.NewEncoder(&buf).Encode(in); err != nil {
			return err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, apiBase+path, &buf)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Api-Version", "2020-06-15")
	res, err := c.httpClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode >= 300 {
		b, _ := io.ReadAll(res.Body)
		return fmt.Errorf("freee %s %s: %d %s", method, path, res.StatusCode, b)
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(res.Body).Decode(out)
}
