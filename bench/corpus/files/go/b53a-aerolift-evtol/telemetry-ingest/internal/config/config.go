// Package config loads runtime configuration for telemetry-ingest, the service that takes
// MAVLink/uORB telemetry from the AL-3 eVTOL prototypes (via the range MQTT broker), decodes it
// and writes it to InfluxDB and Foxglove.
package config

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

// Config is the full service configuration.
type Config struct {
	MQTT     MQTTConfig
	Influx   InfluxConfig
	Foxglove FoxgloveConfig
	MAVLink  MAVLinkConfig
	HTTPAddr string
	LogLevel string
}

type MQTTConfig struct {
	BrokerURL string
	ClientID  string
	Username  string
	Password  string
	Topics    []string
	QoS       byte
}

type InfluxConfig struct {
	URL         string
	Org         string
	Bucket      string
	Token       string
	BatchSize   uint
	FlushPeriod time.Duration
}

type FoxgloveConfig struct {
	APIURL   string
	APIKey   string
	DeviceID string
}

type MAVLinkConfig struct {
	SystemID   uint8
	SigningKey string // hex, 32 bytes; must match the key loaded on the GCS and FC
	RequireSig bool
}

// defaults are for the Hollister test range; override with env vars in k8s.
var defaults = Config{
	MQTT: MQTTConfig{
		BrokerURL: "ssl://mqtt.range.aerolift.aero:8883",
		ClientID:  "telemetry-ingest",
		Username:  "ingest",
		Password:  "⟦db_password:mqtt⟧",
		Topics:    []string{"al3/+/mavlink", "al3/+/uorb", "range/wx"},
		QoS:       1,
	},
	Influx: InfluxConfig{
		URL:         "https://influx.range.aerolift.aero",
		Org:         "aerolift-flighttest",
		Bucket:      "al3-telemetry",
		Token:       "⟦b40a_influxdb_token:ingest⟧",
		BatchSize:   5000,
		FlushPeriod: 500 * time.Millisecond,
	},
	Foxglove: FoxgloveConfig{
		APIURL:   "https://api.foxglove.dev",
		APIKey:   "⟦b46c_foxglove_api_key:ingest⟧",
		DeviceID: "dev_al3_n301la",
	},
	MAVLink: MAVLinkConfig{
		SystemID:   250,
		SigningKey: "⟦b46c_mavlink_signing_key:range⟧",
		RequireSig: true,
	},
	HTTPAddr: ":8080",
	LogLevel: "info",
}

// Load returns defaults overridden by environment variables.
func Load() (Config, error) {
	c := defaults
	str(&c.MQTT.BrokerURL, "MQTT_BROKER_URL")
	str(&c.MQTT.Username, "MQTT_USERNAME")
	str(&c.MQTT.Password, "MQTT_PASSWORD")
	str(&c.Influx.URL, "INFLUX_URL")
	str(&c.Influx.Token, "INFLUX_TOKEN")
	str(&c.Influx.Bucket, "INFLUX_BUCKET")
	str(&c.Foxglove.APIKey, "FOXGLOVE_API_KEY")
	str(&c.MAVLink.SigningKey, "MAVLINK_SIGNING_KEY")
	str(&c.HTTPAddr, "HTTP_ADDR")
	str(&c.LogLevel, "LOG_LEVEL")
	if v := os.Getenv("MAVLINK_REQUIRE_SIGNING"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return c, fmt.Errorf("MAVLINK_REQUIRE_SIGNING: %w", err)
		}
		c.MAVLink.RequireSig = b
	}
	if len(c.MAVLink.SigningKey) != 64 {
		return c, fmt.Errorf("MAVLink signing key must be 64 hex chars, got %d", len(c.MAVLink.SigningKey))
	}
	return c, nil
}

func str(dst *string, key string) {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		*dst = v
	}
}
