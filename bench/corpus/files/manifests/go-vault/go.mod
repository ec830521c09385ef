module github.com/northwind/vault-agent-sidecar

go 1.22

require (
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/hashicorp/vault/api v1.12.2
	github.com/hashicorp/vault/api/auth/kubernetes v0.6.0
	github.com/aws/aws-sdk-go-v2/service/secretsmanager v1.28.2
	golang.org/x/oauth2 v0.18.0
	github.com/zalando/go-keyring v0.2.3
)

require (
	github.com/cenkalti/backoff/v3 v3.2.2 // indirect
	github.com/hashicorp/go-secure-stdlib/parseutil v0.1.8 // indirect
	github.com/hashicorp/go-secure-stdlib/strutil v0.1.2 // indirect
	golang.org/x/crypto v0.21.0 // indirect
)

replace github.com/northwind/tokens => ../tokens
