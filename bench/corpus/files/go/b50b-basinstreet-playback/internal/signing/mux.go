// Package signing issues signed playback tokens for Mux assets with a "signed" playback policy.
package signing

import (
	"crypto/rsa"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Audience values documented by Mux for signed playback.
const (
	AudVideo      = "v"
	AudThumbnail  = "t"
	AudGif        = "g"
	AudStoryboard = "s"
)

// Defaults for the staging environment. Production reads MUX_SIGNING_KEY_ID and
// MUX_SIGNING_PRIVATE_KEY (base64 PEM, as the Mux dashboard hands it out).
const (
	defaultKeyID = "⟦b50b_mux_signing_key_id:go⟧"
	// staging signing key; created 2024-05-02 by ops (ticket BSM-331). prod key is in SSM.
	defaultPrivateKeyB64 = "⟦pem_rsa_b64:mux-staging⟧"
)

type Signer struct {
	keyID string
	key   *rsa.PrivateKey
	ttl   time.Duration
}

func NewFromEnv() (*Signer, error) {
	keyID := os.Getenv("MUX_SIGNING_KEY_ID")
	keyB64 := os.Getenv("MUX_SIGNING_PRIVATE_KEY")
	if keyID == "" || keyB64 == "" {
		if os.Getenv("APP_ENV") == "production" {
			return nil, errors.New("signing: MUX_SIGNING_KEY_ID/MUX_SIGNING_PRIVATE_KEY not set")
		}
		keyID, keyB64 = defaultKeyID, defaultPrivateKeyB64
	}
	pemBytes, err := base64.StdEncoding.DecodeString(keyB64)
	if err != nil {
		return nil, fmt.Errorf("signing: decode key: %w", err)
	}
	key, err := jwt.ParseRSAPrivateKeyFromPEM(pemBytes)
	if err != nil {
		return nil, fmt.Errorf("signing: parse key: %w", err)
	}
	return &Signer{keyID: keyID, key: key, ttl: 6 * time.Hour}, nil
}

// Token returns a JWT for one playback id and audience.
func (s *Signer) Token(playbackID, aud string, extra map[string]any) (string, error) {
	claims := jwt.MapClaims{
		"sub": playbackID,
		"aud": aud,
		"exp": time.Now().Add(s.ttl).Unix(),
		"kid": s.keyID,
	}
	for k, v := range extra {
		claims[k] = v
	}
	t := jwt.NewWithClaims(jwt.SigningMethodRS256, claims)
	t.Header["kid"] = s.keyID
	return t.SignedString(s.key)
}

// PlaybackURL builds the HLS URL for a signed playback id.
func (s *Signer) PlaybackURL(playbackID string) (string, error) {
	tok, err := s.Token(playbackID, AudVideo, nil)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("https://stream.mux.com/%s.m3u8?token=%s", playbackID, tok), nil
}
