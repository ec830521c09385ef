// uplink-bridge subscribes to ChirpStack application events over MQTT, decodes BinSense
// cable frames and writes readings to InfluxDB. It also pushes hotspot alarms to the
// co-op's Twilio number.
package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"flag"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
	influxdb2 "github.com/influxdata/influxdb-client-go/v2"
	"github.com/prairiegrain/binsense/internal/decode"
	"github.com/prairiegrain/binsense/internal/notify"
)

const (
	defaultBroker = "tcp://chirpstack.pgc.lan:1883"
	appID         = "3f1c2b9e-7a40-4c1e-9d52-0b6e1f0a7c11"
	influxOrg     = "prairie-grain"
	influxBucket  = "binsense"
)

// ChirpStack v4 API key "uplink-bridge" (created 2024-10-02 by jthiessen)
var chirpstackAPIToken = envOr("CHIRPSTACK_API_TOKEN", "⟦b46c_chirpstack_api_token:bridge⟧")

var (
	mqttUser = envOr("MQTT_USER", "uplink-bridge")
	mqttPass = envOr("MQTT_PASS", "Grain!Elev8or")
	influxURL   = envOr("INFLUX_URL", "http://influx.pgc.lan:8086")
	influxToken = envOr("INFLUX_TOKEN", "⟦b40a_influxdb_token:bridge⟧")
)

type uplinkEvent struct {
	DeviceInfo struct {
		DevEUI     string            `json:"devEui"`
		DeviceName string            `json:"deviceName"`
		Tags       map[string]string `json:"tags"`
	} `json:"deviceInfo"`
	FCnt   uint32 `json:"fCnt"`
	FPort  uint8  `json:"fPort"`
	Data   string `json:"data"`
	RxInfo []struct {
		GatewayID string  `json:"gatewayId"`
		RSSI      int     `json:"rssi"`
		SNR       float64 `json:"snr"`
	} `json:"rxInfo"`
}

func envOr(k, def string) string {
	if v, ok := os.LookupEnv(k); ok && v != "" {
		return v
	}
	return def
}

func main() {
	broker := flag.String("broker", envOr("MQTT_BROKER", defaultBroker), "MQTT broker URL")
	dry := flag.Bool("dry-run", false, "decode only, do not write")
	flag.Parse()

	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()

	ix := influxdb2.NewClient(influxURL, influxToken)
	defer ix.Close()
	w := ix.WriteAPIBlocking(influxOrg, influxBucket)

	alarms := notify.NewTwilio(os.Getenv("TWILIO_ACCOUNT_SID"), os.Getenv("TWILIO_AUTH_TOKEN"), "+13085550142")

	opts := mqtt.NewClientOptions().AddBroker(*broker).
		SetClientID("uplink-bridge-" + strings.ToLower(hostname())).
		SetUsername(mqttUser).SetPassword(mqttPass).
		SetAutoReconnect(true).SetConnectRetry(true).SetConnectRetryInterval(5 * time.Second)
	c := mqtt.NewClient(opts)
	if t := c.Connect(); t.Wait() && t.Error() != nil {
		logger.Error("mqtt connect", "err", t.Error())
		os.Exit(1)
	}
	topic := "application/" + appID + "/device/+/event/up"
	c.Subscribe(topic, 1, func(_ mqtt.Client, m mqtt.Message) {
		var ev uplinkEvent
		if err := json.Unmarshal(m.Payload(), &ev); err != nil {
			logger.Warn("bad event", "err", err)
			return
		}
		raw, _ := base64.StdEncoding.DecodeString(ev.Data)
		frame, err := decode.Cable(raw)
		if err != nil {
			logger.Warn("decode", "dev", ev.DeviceInfo.DevEUI, "err", err)
			return
		}
		if *dry {
			logger.Info("frame", "dev", ev.DeviceInfo.DeviceName, "temps", frame.TempsF)
			return
		}
		for _, p := range frame.Points(ev.DeviceInfo.Tags["site"], ev.DeviceInfo.Tags["bin"]) {
			if err := w.WritePoint(ctx, p); err != nil {
				logger.Error("influx write", "err", err)
			}
		}
		if hs := frame.Hotspot(8.0); hs != nil {
			_ = alarms.Send(ctx, ev.DeviceInfo.Tags["alarm_to"], hs.Message(ev.DeviceInfo.DeviceName))
		}
	})
	logger.Info("subscribed", "topic", topic)
	<-ctx.Done()
	c.Disconnect(250)
}

func hostname() string {
	h, _ := os.Hostname()
	return h
}
