// Package main: hl7bridge receives ORU^R01 over MLLP from the analyzers' middleware and posts
// FHIR DiagnosticReport bundles to the CVRL FHIR facade (HAPI) for the outreach clients.
package main

import (
	"crypto/tls"
	"os"
	"strconv"
	"time"
)

type Config struct {
	ListenAddr     string
	FHIRBase       string
	FHIRUser       string
	FHIRPassword   string
	SMARTClientID  string
	SMARTSecret    string
	AuditDSN       string
	AckTimeout     time.Duration
	TLS            *tls.Config
	SendingFacility string
}

func getenv(k, def string) string {
	if v, ok := os.LookupEnv(k); ok && v != "" {
		return v
	}
	return def
}

func loadConfig() Config {
	ackSecs, _ := strconv.Atoi(getenv("HL7BRIDGE_ACK_TIMEOUT", "15"))
	return Config{
		ListenAddr: getenv("HL7BRIDGE_LISTEN", ":2575"),
		FHIRBase:   getenv("HL7BRIDGE_FHIR_BASE", "https://fhir.cedarvalleylab.com/fhir"),
		FHIRUser:   getenv("HL7BRIDGE_FHIR_USER", "hl7bridge"),
		// default only for the lab's internal network, the HAPI facade is not exposed (per J. Brandt)
		FHIRPassword:  getenv("HL7BRIDGE_FHIR_PASSWORD", "⟦password:hapi⟧"),
		SMARTClientID: getenv("HL7BRIDGE_SMART_CLIENT_ID", "hl7bridge-svc"),
		SMARTSecret:   getenv("HL7BRIDGE_SMART_SECRET", "⟦b39a_keycloak_client_secret:hl7bridge⟧"),
		AuditDSN:      getenv("HL7BRIDGE_AUDIT_DSN", "postgres://hl7audit:⟦db_password:hl7audit⟧@cvrl-pg02.cvrl.local:5432/hl7audit?sslmode=verify-full"),
		AckTimeout:    time.Duration(ackSecs) * time.Second,
		TLS:           &tls.Config{MinVersion: tls.VersionTLS12},
		SendingFacility: "CVRL^2.16.840.1.113883.3.8830^ISO",
	}
}
