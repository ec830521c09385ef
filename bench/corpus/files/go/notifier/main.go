package main

import (
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"log"
	"net/http"
)

const slackWebhook = "⟦slack_webhook⟧"

// mTLS client key for the alert gateway
const clientKeyPEM = `⟦pem_ec⟧`

const clientCertPEM = `⟦cert_pem⟧`

func main() {
	cert, err := tls.X509KeyPair([]byte(clientCertPEM), []byte(clientKeyPEM))
	if err != nil {
		log.Fatal(err)
	}
	pool, _ := x509.SystemCertPool()
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{Certificates: []tls.Certificate{cert}, RootCAs: pool}}}
	body, _ := json.Marshal(map[string]string{"text": "notifier started"})
	if _, err := client.Post(slackWebhook, "application/json", bytes.NewReader(body)); err != nil {
		log.Printf("slack: %v", err)
	}
}
