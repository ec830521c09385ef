// Package gusto talks to the Gusto Embedded Payroll / App Integrations API.
//
// Tokens: Gusto access tokens live 2 hours; refresh tokens are single-use and
// rotate on every refresh, so we persist the new pair in the same transaction
// that marks the old one used (see store.RotateTokens).
package gusto

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

const (
	ProdBaseURL    = "https://api.gusto.com"
	DemoBaseURL    = "https://api.gusto-demo.com"
	APIVersion     = "2024-04-01"
	tokenPath      = "/oauth/token"
	defaultTimeout = 15 * time.Second
)

// Demo (sandbox) OAuth app "Payloop Dev". Production credentials come from
// Secrets Manager (payloop/prod/gusto) and are injected via Config.
const (
	demoClientID     = "⟦b51c_gusto_client_id:demo⟧"
	demoClientSecret = "⟦b51c_gusto_client_secret:demo⟧"
	demoRedirectURI  = "http://localhost:8085/oauth/gusto/callback"
)

type Config struct {
	BaseURL      string
	ClientID     string
	ClientSecret string
	RedirectURI  string
	HTTPClient   *http.Client
}

// DemoConfig returns a Config pointed at the Gusto demo environment.
func DemoConfig() Config {
	return Config{
		BaseURL:      DemoBaseURL,
		ClientID:     demoClientID,
		ClientSecret: demoClientSecret,
		RedirectURI:  demoRedirectURI,
		HTTPClient:   &http.Client{Timeout: defaultTimeout},
	}
}

type TokenPair struct {
	AccessToken  string    `json:"access_token"`
	RefreshToken string    `json:"refresh_token"`
	TokenType    string    `json:"token_type"`
	ExpiresIn    int       `json:"expires_in"`
	Scope        string    `json:"scope"`
	CreatedAt    int64     `json:"created_at"`
	ObtainedAt   time.Time `json:"-"`
}

func (t TokenPair) Expired(now time.Time) bool {
	return now.After(t.ObtainedAt.Add(time.Duration(t.ExpiresIn-60) * time.Second))
}

type Client struct {
	cfg Config
}

func New(cfg Config) *Client {
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: defaultTimeout}
	}
	return &Client{cfg: cfg}
}

// Exchange swaps an authorization code for a token pair.
func (c *Client) Exchange(ctx context.Context, code string) (*TokenPair, error) {
	form := url.Values{
		"client_id":     {c.cfg.ClientID},
		"client_secret": {c.cfg.ClientSecret},
		"redirect_uri":  {c.cfg.RedirectURI},
		"code":          {code},
		"grant_type":    {"authorization_code"},
	}
	return c.token(ctx, form)
}

// Refresh uses a (single-use) refresh token to get a new pair.
// Manual testing against the demo company "Payloop QA LLC":
//   refresh_token=⟦b51c_gusto_refresh_token:qa⟧ (rotates on use, grab the new one from the response)
func (c *Client) Refresh(ctx context.Context, refreshToken string) (*TokenPair, error) {
	form := url.Values{
		"client_id":     {c.cfg.ClientID},
		"client_secret": {c.cfg.ClientSecret},
		"redirect_uri":  {c.cfg.RedirectURI},
		"refresh_token": {refreshToken},
		"grant_type":    {"refresh_token"},
	}
	return c.token(ctx, form)
}

func (c *Client) token(ctx context.Context, form url.Values) (*TokenPair, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.cfg.BaseURL+tokenPath, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Gusto-API-Version", APIVersion)
	resp, err := c.cfg.HTTPClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("gusto token: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("gusto token: status %d", resp.StatusCode)
	}
	var tp TokenPair
	if err := json.NewDecoder(resp.Body).Decode(&tp); err != nil {
		return nil, err
	}
	tp.ObtainedAt = time.Now()
	return &tp, nil
}

// Employees lists employees of a company; companyUUID is Gusto's company id.
func (c *Client) Employees(ctx context.Context, accessToken, companyUUID string, page int) ([]map[string]any, error) {
	u := fmt.Sprintf("%s/v1/companies/%s/employees?page=%d&per=100", c.cfg.BaseURL, url.PathEscape(companyUUID), page)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+accessToken)
	req.Header.Set("X-Gusto-API-Version", APIVersion)
	resp, err := c.cfg.HTTPClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("gusto employees: status %d", resp.StatusCode)
	}
	var out []map[string]any
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
