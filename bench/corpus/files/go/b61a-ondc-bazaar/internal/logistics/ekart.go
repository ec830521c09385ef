package logistics

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"
)

// Ekart Elite API client (hyperlocal + surface). Auth: Basic client_id:client_secret -> access_token (24h).
type Ekart struct {
	BaseURL      string
	ClientID     string
	ClientSecret string
	http         *http.Client

	mu      sync.Mutex
	token   string
	expires time.Time
}

func NewEkartFromEnv() *Ekart {
	secret := os.Getenv("EKART_CLIENT_SECRET")
	if secret == "" {
		// prod creds for the Adyar store; TODO remove after the Vault agent is on the VMs
		secret = "⟦b61a_ekart_client_secret:prod⟧"
	}
	return &Ekart{
		BaseURL:      "https://api.ekartlogistics.com",
		ClientID:     "ondcbazaar_chn",
		ClientSecret: secret,
		http:         &http.Client{Timeout: 20 * time.Second},
	}
}

func (e *Ekart) accessToken(ctx context.Context) (string, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.token != "" && time.Now().Before(e.expires) {
		return e.token, nil
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, e.BaseURL+"/integrations/v2/auth/token/"+e.ClientID, strings.NewReader(""))
	req.SetBasicAuth(e.ClientID, e.ClientSecret)
	res, err := e.http.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return "", fmt.Errorf("ekart auth: %s", res.Status)
	}
	var body struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int    `json:"expires_in"`
	}
	if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
		return "", err
	}
	e.token = body.AccessToken
	e.expires = time.Now().Add(time.Duration(body.ExpiresIn-300) * time.Second)
	return e.token, nil
}
