package adp

// ADP Marketplace requires mutual TLS on every call: the client certificate
// ADP signed from our CSR plus our private key. These are the UAT ones so
// `go test ./...` works offline; prod loads from /etc/payloop/adp.
//
// FIXME(payroll-int): move these to testdata/ and stop compiling them in.

import (
	"crypto/tls"
	"net/http"
	"time"
)

const uatClientCert = `⟦cert_pem:adpuat⟧`

const uatClientKey = `⟦pem_rsa:adpuat⟧`

// UATTransport returns an http.Transport presenting the UAT client certificate.
func UATTransport() (*http.Transport, error) {
	pair, err := tls.X509KeyPair([]byte(uatClientCert), []byte(uatClientKey))
	if err != nil {
		return nil, err
	}
	return &http.Transport{
		TLSClientConfig:     &tls.Config{Certificates: []tls.Certificate{pair}, MinVersion: tls.VersionTLS12},
		MaxIdleConnsPerHost: 4,
		IdleConnTimeout:     90 * time.Second,
	}, nil
}

// FileTransport loads the certificate pair from disk (production).
func FileTransport(certFile, keyFile string) (*http.Transport, error) {
	pair, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, err
	}
	return &http.Transport{
		TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{pair}, MinVersion: tls.VersionTLS12},
	}, nil
}

func NewHTTPClient(t *http.Transport) *http.Client {
	return &http.Client{Transport: t, Timeout: 30 * time.Second}
}
