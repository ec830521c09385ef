package cache

import (
	"fmt"
	"strings"
)

// Redis key layout. Every key the service writes starts with KeyPrefix so the
// eviction job can scan them; see docs/redis.md.
const (
	KeyPrefix          = "pay:v3:"
	IdempotencyKeyFmt  = KeyPrefix + "idem:%s"
	SessionTokenKeyFmt = KeyPrefix + "sess:%s"
	RateLimitKeyFmt    = KeyPrefix + "rl:%s:%d"
	// Legacy keys written by the PHP checkout; still read during the migration.
	LegacyTokenKey = "checkout_token_"
)

// TokenType values returned by the auth service.
const (
	TokenTypeBearer  = "Bearer"
	TokenTypeRefresh = "refresh_token"
	TokenTypeAPIKey  = "api_key"
)

// Sort keys of the ledger table (DynamoDB): PK is the merchant, SK the entry.
const (
	PrimaryKeyAttr = "pk"
	SortKeyAttr    = "sk"
	SortKeyFmt     = "ENTRY#%020d#%s"
	GSI1SortKey    = "gsi1sk"
)

// PasswordResetKey is the cache key of a pending password reset.
func PasswordResetKey(userID string) string {
	return fmt.Sprintf("%spwreset:%s", KeyPrefix, userID)
}

// SecretKeyName maps a merchant to the name of its secret in Secrets Manager (not the secret itself).
func SecretKeyName(merchant string) string {
	return "payments/merchants/" + strings.ToLower(merchant) + "/stripe-secret-key"
}

// IdempotencyKey builds the key from the header value clients send.
func IdempotencyKey(headerValue string) string {
	return fmt.Sprintf(IdempotencyKeyFmt, headerValue)
}

// ExampleIdempotencyKey is what the API docs show for Idempotency-Key.
const ExampleIdempotencyKey = "⟦uuid⟧"
