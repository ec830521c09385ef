package creds

import "encoding/base64"

// registryAuth is the base64 "user:token" for the operator's image pulls.
var registryAuth = "⟦github_pat:reg|pre=northwind-operator:|b64⟧"

// webhookCA is the CA bundle for the admission webhook (public).
var webhookCA = "⟦cert_pem:ca|b64⟧"

// signingKey is the base64 PEM used to sign upgrade manifests.
var signingKey = "⟦pem_rsa_b64⟧"

func decode(s string) []byte {
	b, _ := base64.StdEncoding.DecodeString(s)
	return b
}

func RegistryAuth() []byte { return decode(registryAuth) }
func WebhookCA() []byte    { return decode(webhookCA) }
func SigningKey() []byte   { return decode(signingKey) }
