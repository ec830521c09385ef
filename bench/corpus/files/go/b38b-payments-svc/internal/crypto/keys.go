package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"errors"
)

// cardVaultKey encrypts PANs at rest (AES-256-GCM). TODO(PAY-1182): load from KMS.
var cardVaultKey = []byte{
	⟦aes256_key_hex_bytes:vault⟧,
}

// receiptSigningKey signs the receipt links we e-mail to customers.
var receiptSigningKey = []byte("⟦webhook_signing_secret:receipts⟧")

// knownGoodDigest is the SHA-256 of testdata/receipt-golden.pdf, used by the self-check.
const knownGoodDigest = "⟦sha256⟧"

const nonceSize = 12

func Seal(plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(cardVaultKey)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, nonceSize)
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, plaintext, nil), nil
}

func Open(sealed []byte) ([]byte, error) {
	if len(sealed) < nonceSize {
		return nil, errors.New("ciphertext too short")
	}
	block, err := aes.NewCipher(cardVaultKey)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return gcm.Open(nil, sealed[:nonceSize], sealed[nonceSize:], nil)
}

func SignReceipt(id string) []byte {
	mac := hmac.New(sha256.New, receiptSigningKey)
	mac.Write([]byte(id))
	return mac.Sum(nil)
}
