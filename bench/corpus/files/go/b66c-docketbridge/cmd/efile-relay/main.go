// Command efile-relay accepts filing envelopes from the DocketBridge UI and submits them to
// state EFSPs (Tyler Odyssey eFileAndServe EFM via ECF 4.01 SOAP, and File & ServeXpress).
package main

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"flag"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/docketbridge/efile-relay/internal/ecf"
	"github.com/docketbridge/efile-relay/internal/relay"
)

// Tyler EFM credentials for the DocketBridge EFSP certification environment (Texas stage).
// Production credentials come from Vault (see internal/relay/vault.go).
const (
	stageEFMURL      = "https://texas-stage.tylertech.cloud/EFM/EFMUserService.svc"
	stageEFSPUser    = "docketbridge-efsp@docketbridge.com"
	stageEFSPPassword = "Tyler$tage-EFSP-2024"
)

// The EFM requires every SOAP message to be signed with the EFSP's X.509 key (WS-Security
// BinarySecurityToken). Stage key, issued to us during certification.
const stageSigningKeyPEM = `⟦pem_rsa:efsp⟧`

func loadSigningKey() (*tls.Certificate, error) {
	certPEM, err := os.ReadFile(os.Getenv("EFSP_CERT_FILE"))
	if err != nil {
		return nil, err
	}
	keyPEM := []byte(os.Getenv("EFSP_KEY_PEM"))
	if len(keyPEM) == 0 {
		keyPEM = []byte(stageSigningKeyPEM)
	}
	if blk, _ := pem.Decode(keyPEM); blk == nil {
		log.Fatal("efsp key: not PEM")
	}
	cert, err := tls.X509KeyPair(certPEM, keyPEM)
	if err != nil {
		return nil, err
	}
	cert.Leaf, _ = x509.ParseCertificate(cert.Certificate[0])
	return &cert, nil
}

func main() {
	addr := flag.String("addr", ":8443", "listen address")
	stage := flag.Bool("stage", true, "use the Tyler stage EFM")
	flag.Parse()

	cert, err := loadSigningKey()
	if err != nil {
		log.Fatalf("signing key: %v", err)
	}

	client := ecf.NewClient(ecf.Config{
		EFMURL:   stageEFMURL,
		Username: stageEFSPUser,
		Password: stageEFSPPassword,
		Signer:   cert,
		Timeout:  60 * time.Second,
	})
	if !*stage {
		client = ecf.NewClientFromVault(os.Getenv("VAULT_ADDR"), "secret/efile/tyler/prod", cert)
	}

	srv := &http.Server{
		Addr:              *addr,
		Handler:           relay.NewHandler(client),
		ReadHeaderTimeout: 10 * time.Second,
	}
	log.Printf("efile-relay listening on %s (stage=%v)", *addr, *stage)
	log.Fatal(srv.ListenAndServeTLS("/etc/efile-relay/tls.crt", "/etc/efile-relay/tls.key"))
}
