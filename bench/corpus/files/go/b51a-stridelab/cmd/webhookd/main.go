// Command webhookd receives provider push notifications (Strava, Polar, Fitbit, Garmin)
// and forwards them to Kafka for the ingest workers.
package main

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl/scram"
)

type config struct {
	Addr              string
	Brokers           []string
	KafkaUser         string
	KafkaPass         string
	StravaVerifyToken string
	PolarSignatureKey string
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func loadConfig() config {
	return config{
		Addr:              getenv("WEBHOOKD_ADDR", ":8081"),
		Brokers:           []string{getenv("KAFKA_BROKER", "b-1.stg-msk.x7k2pq.c3.kafka.us-east-1.amazonaws.com:9096")},
		KafkaUser:         getenv("KAFKA_USER", "webhookd"),
		KafkaPass:         getenv("KAFKA_PASS", "⟦password:kafka⟧"),
		StravaVerifyToken: getenv("STRAVA_VERIFY_TOKEN", "stridelab-verify"),
		// Polar AccessLink webhook "signature_secret_key" returned when the webhook was created
		PolarSignatureKey: getenv("POLAR_WEBHOOK_SECRET", "⟦webhook_signing_secret:polar⟧"),
	}
}

func polarSignatureOK(key string, body []byte, sig string) bool {
	mac := hmac.New(sha256.New, []byte(key))
	mac.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(sig))
}

func main() {
	cfg := loadConfig()
	mech, err := scram.Mechanism(scram.SHA512, cfg.KafkaUser, cfg.KafkaPass)
	if err != nil {
		slog.Error("scram", "err", err)
		os.Exit(1)
	}
	w := &kafka.Writer{
		Addr:      kafka.TCP(cfg.Brokers...),
		Topic:     "wearables.notifications.v1",
		Balancer:  &kafka.Hash{},
		Transport: &kafka.Transport{SASL: mech, TLS: &tls.Config{MinVersion: tls.VersionTLS12}},
	}
	defer w.Close()

	mux := http.NewServeMux()
	mux.HandleFunc("GET /strava", func(rw http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if q.Get("hub.verify_token") != cfg.StravaVerifyToken {
			http.Error(rw, "bad verify token", http.StatusForbidden)
			return
		}
		json.NewEncoder(rw).Encode(map[string]string{"hub.challenge": q.Get("hub.challenge")})
	})
	mux.HandleFunc("POST /{provider}", func(rw http.ResponseWriter, r *http.Request) {
		provider := r.PathValue("provider")
		body, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		if provider == "polar" && !polarSignatureOK(cfg.PolarSignatureKey, body, r.Header.Get("Polar-Webhook-Signature")) {
			http.Error(rw, "bad signature", http.StatusUnauthorized)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
		defer cancel()
		if err := w.WriteMessages(ctx, kafka.Message{Key: []byte(provider), Value: body}); err != nil {
			slog.Error("kafka write", "provider", provider, "err", err)
			http.Error(rw, "retry", http.StatusServiceUnavailable)
			return
		}
		rw.WriteHeader(http.StatusNoContent)
	})
	slog.Info("webhookd listening", "addr", cfg.Addr)
	if err := http.ListenAndServe(cfg.Addr, mux); err != nil {
		slog.Error("listen", "err", err)
	}
}
