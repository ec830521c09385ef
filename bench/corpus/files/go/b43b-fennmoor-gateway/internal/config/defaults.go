package config

import (
	"os"
	"strings"
	"time"
)

// Config is the runtime configuration of the Fennmoor access gateway (OIDC relying party in front of
// the internal admin tools). Everything can be overridden with FENNMOOR_* environment variables.
type Config struct {
	ListenAddr string

	OIDCIssuer       string
	OIDCClientID     string
	OIDCClientSecret string
	OIDCScopes       []string
	RedirectURL      string

	// gorilla/securecookie: 32/64-byte hash key, 32-byte AES block key
	CookieHashKey  string
	CookieBlockKey string
	SessionTTL     time.Duration

	LDAPURL      string
	LDAPBindDN   string
	LDAPBindPass string
	LDAPBaseDN   string

	AllowedGroups []string
}

// Defaults returns the configuration used when no environment override is present.
// NOTE: the non-empty secrets below are the values of the shared staging deployment (fennmoor-stg),
// kept here so `go run ./cmd/gateway` works on the staging jump host.
func Defaults() Config {
	return Config{
		ListenAddr: ":8443",

		OIDCIssuer:       "https://login.fennmoor.com/oauth2/aus8x1y2z3A4b5C6d7e8",
		OIDCClientID:     "⟦b43b_okta_client_id:gw⟧",
		OIDCClientSecret: env("FENNMOOR_OIDC_CLIENT_SECRET", "⟦b39b_okta_client_secret:gwstg⟧"),
		OIDCScopes:       []string{"openid", "profile", "email", "groups"},
		RedirectURL:      "https://gw.stg.fennmoor.com/oauth2/callback",

		CookieHashKey:  env("FENNMOOR_COOKIE_HASH_KEY", "⟦encryption_key_hex:cookiehash⟧"),
		CookieBlockKey: env("FENNMOOR_COOKIE_BLOCK_KEY", "⟦generic_api_key_hex32:cookieblock⟧"),
		SessionTTL:     8 * time.Hour,

		LDAPURL:      "ldaps://ldap.fennmoor.internal:636",
		LDAPBindDN:   "uid=gw-reader,ou=services,dc=fennmoor,dc=com",
		LDAPBindPass: env("FENNMOOR_LDAP_BIND_PASSWORD", "Fennm00r-gw-reader"),
		LDAPBaseDN:   "dc=fennmoor,dc=com",

		AllowedGroups: []string{"gw-admins", "gw-support"},
	}
}

func env(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && strings.TrimSpace(v) != "" {
		return v
	}
	return def
}
