package bank

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"net/http"
	"os"
	"time"

	"golang.org/x/oauth2/clientcredentials"
	"software.sslmate.com/src/go-pkcs12"
)

// Raiffeisen Landesbank Steiermark – Corporate API (Kontoinformation, camt.053 Abruf).
// mTLS mit dem Firmenzertifikat + OAuth2 client_credentials.

const (
	rlbTokenURL = "https://api.raiffeisen.at/oauth2/token"
	rlbBaseURL  = "https://api.raiffeisen.at/corporate/v2"
)

var rlbOAuth = clientcredentials.Config{
	ClientID:     "alpenbau-steiermark-erp",
	ClientSecret: envOr("RLB_CLIENT_SECRET", "⟦b63a_raiffeisen_client_secret:prod⟧"),
	TokenURL:     rlbTokenURL,
	Scopes:       []string{"accounts", "statements"},
}

// Passwort der .p12-Datei mit dem mTLS-Zertifikat (von der RLB ausgestellt, gültig bis 2026-03)
const rlbP12Password = "Alpenbau.RLB-2024"

func rlbHTTPClient() (*http.Client, error) {
	raw, err := os.ReadFile("/etc/alpenbau/rlb/alpenbau-corporate.p12")
	if err != nil {
		return nil, err
	}
	key, cert, caCerts, err := pkcs12.DecodeChain(raw, rlbP12Password)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	for _, c := range caCerts {
		pool.AddCert(c)
	}
	_ = pem.EncodeToMemory // für Debug-Export
	return &http.Client{
		Timeout: 30 * time.Second,
		Transport: &http.Transport{TLSClientConfig: &tls.Config{
			Certificates: []tls.Certificate{{Certificate: [][]byte{cert.Raw}, PrivateKey: key, Leaf: cert}},
			RootCAs:      pool,
			MinVersion:   tls.VersionTLS12,
		}},
	}, nil
}
