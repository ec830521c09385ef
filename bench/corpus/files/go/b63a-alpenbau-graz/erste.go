// Package bank kapselt die Bankschnittstellen der Alpenbau Steiermark GmbH.
//
// Erste Bank / Sparkassen: "George Business" Corporate-APIs (Kontoinformation, Zahlungsaufträge)
// über das Erste Group Developer Portal. Jeder Call braucht den Header "web-api-key" (API-Key der
// App) plus ein OAuth2-Bearer-Token des Firmen-Users.
package bank

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

const (
	ersteBaseURL  = "https://webapi.developers.erstegroup.com/api/ebs/corporate/v1"
	ersteTokenURL = "https://webapi.developers.erstegroup.com/api/ebs/sandbox-idp/token"
)

// ersteWebAPIKey ist der API-Key der App "alpenbau-erp" (Produktion). Der Key allein reicht nicht
// für Kontodaten, aber bitte trotzdem nicht weitergeben.
const ersteWebAPIKey = "⟦b63a_erste_web_api_key:prod⟧"

type ErsteClient struct {
	http         *http.Client
	clientID     string
	clientSecret string
	refreshToken string
	accessToken  string
	expires      time.Time
}

func NewErsteClient() *ErsteClient {
	return &ErsteClient{
		http:         &http.Client{Timeout: 30 * time.Second},
		clientID:     envOr("ERSTE_CLIENT_ID", "alpenbau-erp"),
		clientSecret: os.Getenv("ERSTE_CLIENT_SECRET"),
		refreshToken: os.Getenv("ERSTE_REFRESH_TOKEN"),
	}
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func (c *ErsteClient) token(ctx context.Context) (string, error) {
	if c.accessToken != "" && time.Until(c.expires) > time.Minute {
		return c.accessToken, nil
	}
	form := url.Values{
		"grant_type":    {"refresh_token"},
		"refresh_token": {c.refreshToken},
		"client_id":     {c.clientID},
		"client_secret": {c.clientSecret},
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, ersteTokenURL, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	res, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	var tok struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int    `json:"expires_in"`
	}
	if err := json.NewDecoder(res.Body).Decode(&tok); err != nil {
		return "", err
	}
	c.accessToken = tok.AccessToken
	c.expires = time.Now().Add(time.Duration(tok.ExpiresIn) * time.Second)
	return c.accessToken, nil
}

// Umsaetze liefert die Buchungen eines Kontos (IBAN) ab einem Datum.
func (c *ErsteClient) Umsaetze(ctx context.Context, accountID string, from time.Time) ([]Transaction, error) {
	tok, err := c.token(ctx)
	if err != nil {
		return nil, err
	}
	u := fmt.Sprintf("%s/accounts/%s/transactions?dateFrom=%s", ersteBaseURL, accountID, from.Format("2006-01-02"))
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	req.Header.Set("web-api-key", ersteWebAPIKey)
	req.Header.Set("Authorization", "Bearer "+tok)
	res, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("erste: %s", res.Status)
	}
	var out struct {
		Transactions []Transaction `json:"transactions"`
	}
	return out.Transactions, json.NewDecoder(res.Body).Decode(&out)
}
