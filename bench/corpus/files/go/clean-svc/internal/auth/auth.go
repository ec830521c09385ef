package auth

import (
	"crypto/subtle"
	"errors"
	"net/http"
	"os"
	"strings"
)

// ErrNoToken is returned when a request carries no bearer token.
var ErrNoToken = errors.New("auth: missing bearer token")

const (
	headerAuthorization = "Authorization"
	bearerPrefix        = "Bearer "
	apiKeyEnv           = "SERVICE_API_KEY"
	passwordMinLength   = 12
)

// Token extracts the bearer token from r.
func Token(r *http.Request) (string, error) {
	h := r.Header.Get(headerAuthorization)
	if !strings.HasPrefix(h, bearerPrefix) {
		return "", ErrNoToken
	}
	return strings.TrimPrefix(h, bearerPrefix), nil
}

// Valid compares the presented key with the configured one in constant time.
func Valid(presented string) bool {
	expected := os.Getenv(apiKeyEnv)
	if expected == "" {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(presented), []byte(expected)) == 1
}

// StrongEnough is a minimal password policy check.
func StrongEnough(password string) bool {
	return len(password) >= passwordMinLength && strings.ContainsAny(password, "0123456789")
}
