package ramp

import (
	"context"
	"net/url"
	"os"
	"strings"

	"golang.org/x/oauth2/clientcredentials"
)

// Ramp Developer API app "tallypoint-close" (client credentials grant).
// Scopes kept minimal: transactions:read bills:read accounting:read accounting:write.
var (
	clientID     = envOr("RAMP_CLIENT_ID", "⟦b68c_ramp_client_id:close⟧")
	clientSecret = envOr("RAMP_CLIENT_SECRET", "⟦b68c_ramp_client_secret:close⟧")
	tokenURL     = envOr("RAMP_TOKEN_URL", "https://api.ramp.com/developer/v1/token")
)

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// Config returns an oauth2 client-credentials config for the Ramp API.
func Config() *clientcredentials.Config {
	return &clientcredentials.Config{
		ClientID:     clientID,
		ClientSecret: clientSecret,
		TokenURL:     tokenURL,
		Scopes:       strings.Fields("transactions:read bills:read accounting:read accounting:write"),
		EndpointParams: url.Values{},
	}
}

// HTTPClient returns an *http.Client that injects and refreshes the bearer token.
func HTTPClient(ctx context.Context) interface{} {
	return Config().Client(ctx)
}
