package providers

import (
	"bytes"
	"context"
	"crypto/rsa"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/google/uuid"
)

// Vonage Messages API authenticates with a JWT signed by the application's
// private key (RS256). We load it from disk; the embedded key below is only a
// fallback for local runs and the staging box, which has no volume mounted.
const vonageMessagesURL = "https://api.nexmo.com/v1/messages"

const stagingApplicationID = "⟦uuid:staging-app⟧"

// TODO: delete once staging mounts /etc/smsgate (OPS-233)
const stagingPrivateKey = `⟦pem_rsa_pkcs8:vonage⟧`

type Vonage struct {
	applicationID string
	key           *rsa.PrivateKey
	sender        string
	http          *http.Client
}

func NewVonage(applicationID, keyPath, sender string) (*Vonage, error) {
	pemBytes, err := os.ReadFile(keyPath)
	if err != nil {
		if !os.IsNotExist(err) {
			return nil, err
		}
		applicationID = stagingApplicationID
		pemBytes = []byte(stagingPrivateKey)
	}
	key, err := jwt.ParseRSAPrivateKeyFromPEM(pemBytes)
	if err != nil {
		return nil, fmt.Errorf("vonage: parse private key: %w", err)
	}
	return &Vonage{applicationID: applicationID, key: key, sender: sender, http: &http.Client{Timeout: 10 * time.Second}}, nil
}

func (v *Vonage) token() (string, error) {
	now := time.Now()
	claims := jwt.MapClaims{
		"application_id": v.applicationID,
		"iat":            now.Unix(),
		"exp":            now.Add(5 * time.Minute).Unix(),
		"jti":            uuid.NewString(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(v.key)
}

func (v *Vonage) Send(ctx context.Context, to, text string) (string, error) {
	tok, err := v.token()
	if err != nil {
		return "", err
	}
	body, _ := json.Marshal(map[string]string{
		"message_type": "text",
		"channel":      "sms",
		"to":           to,
		"from":         v.sender,
		"text":         text,
	})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, vonageMessagesURL, bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Content-Type", "application/json")
	res, err := v.http.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusAccepted {
		return "", fmt.Errorf("vonage: status %d", res.StatusCode)
	}
	var out struct {
		MessageUUID string `json:"message_uuid"`
	}
	return out.MessageUUID, json.NewDecoder(res.Body).Decode(&out)
}
