// Package config loads scoring-svc settings from the environment with development defaults.
package config

import (
	"os"
	"strconv"
	"time"
)

// Config is the runtime configuration of the driving-score service.
type Config struct {
	ListenAddr      string
	KafkaBrokers    string
	KafkaUser       string
	KafkaPassword   string
	TripsTopic      string
	ScoresTopic     string
	PostgresDSN     string
	SamsaraToken    string
	GeotabServer    string
	GeotabDatabase  string
	GeotabUser      string
	GeotabPassword  string
	ScoreWindow     time.Duration
	HarshBrakeMPS2  float64
	NightStartHour  int
}

// Load reads the configuration. Defaults point at the shared dev stack (docker compose + MSK dev cluster).
func Load() Config {
	return Config{
		ListenAddr:    env("LISTEN_ADDR", ":8081"),
		KafkaBrokers:  env("KAFKA_BOOTSTRAP", "b-1.roadsense-msk-dev.k9d8s7.c2.kafka.us-east-2.amazonaws.com:9096"),
		KafkaUser:     env("KAFKA_USER", "scoring-svc"),
		KafkaPassword: env("KAFKA_PASSWORD", "⟦password:mskdev⟧"),
		TripsTopic:    env("TRIPS_TOPIC", "trips.raw"),
		ScoresTopic:   env("SCORES_TOPIC", "scores.daily"),
		PostgresDSN:   env("POSTGRES_DSN", "postgres://scoring:⟦db_password:scoring⟧@localhost:5432/scoring?sslmode=disable"),
		// commercial fleet pilot (Samsara customers share trip data with us through a partner token)
		SamsaraToken:   env("SAMSARA_TOKEN", "⟦b45b_samsara_api_token:pilot⟧"),
		GeotabServer:   env("GEOTAB_SERVER", "my.geotab.com"),
		GeotabDatabase: env("GEOTAB_DATABASE", "roadsense_pilot"),
		GeotabUser:     env("GEOTAB_USER", "api@roadsense.io"),
		GeotabPassword: env("GEOTAB_PASSWORD", "Geotab!Pilot2024"),
		ScoreWindow:    envDuration("SCORE_WINDOW", 30*24*time.Hour),
		HarshBrakeMPS2: envFloat("HARSH_BRAKE_MPS2", 3.4),
		NightStartHour: envInt("NIGHT_START_HOUR", 23),
	}
}

func env(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

func envInt(key string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(key)); err == nil {
		return v
	}
	return def
}

func envFloat(key string, def float64) float64 {
	if v, err := strconv.ParseFloat(os.Getenv(key), 64); err == nil {
		return v
	}
	return def
}

func envDuration(key string, def time.Duration) time.Duration {
	if v, err := time.ParseDuration(os.Getenv(key)); err == nil {
		return v
	}
	return def
}
