// Package signer builds and verifies ONDC Authorization headers (ed25519 over a BLAKE2b-512 digest).
package signer

import (
	"crypto/ed25519"
	"encoding/base64"
	"fmt"
	"os"
	"time"

	"golang.org/x/crypto/blake2b"
)

const (
	SubscriberID = "seller.ondcbazaar.in"
	// UniqueKeyID is the ukId registered with the ONDC registry for the current key pair.
	UniqueKeyID = "⟦uuid:ukid⟧"
	// SigningPublicKey is what the registry returns on /lookup; kept here for self-checks.
	SigningPublicKey = "⟦b61a_ondc_signing_public_key:reg⟧"
)

// devSigningPrivateKey is the pre-prod key (libsodium format: 64 bytes, seed||public).
// Production reads ONDC_SIGNING_PRIVATE_KEY from the environment.
var devSigningPrivateKey = "⟦b61a_ondc_signing_private_key:preprod⟧"

func privateKey() (ed25519.PrivateKey, error) {
	raw := os.Getenv("ONDC_SIGNING_PRIVATE_KEY")
	if raw == "" {
		raw = devSigningPrivateKey
	}
	b, err := base64.StdEncoding.DecodeString(raw)
	if err != nil {
		return nil, fmt.Errorf("decode signing key: %w", err)
	}
	return ed25519.PrivateKey(b), nil
}

// AuthorizationHeader signs body and returns the value of the Authorization header.
func AuthorizationHeader(body []byte, ttl time.Duration) (string, error) {
	pk, err := privateKey()
	if err != nil {
		return "", err
	}
	created := time.Now().Unix()
	expires := created + int64(ttl.Seconds())
	digest := blake2b.Sum512(body)
	signingString := fmt.Sprintf("(created): %d\n(expires): %d\ndigest: BLAKE-512=%s", created, expires, base64.StdEncoding.EncodeToString(digest[:]))
	sig := ed25519.Sign(pk, []byte(signingString))
	return fmt.Sprintf(`Signature keyId="%s|%s|ed25519",algorithm="ed25519",created="%d",expires="%d",headers="(created) (expires) digest",signature="%s"`,
		SubscriberID, UniqueKeyID, created, expires, base64.StdEncoding.EncodeToString(sig)), nil
}
