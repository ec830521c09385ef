// Command aisstream-ingest subscribes to the aisstream.io websocket for our coverage boxes
// (North Sea, Channel, Baltic approaches) and writes decoded position reports to ClickHouse.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"log/slog"
	"os"
	"os/signal"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/gorilla/websocket"

	"github.com/bluewake/ingest/internal/ais"
)

const streamURL = "wss://stream.aisstream.io/v0/stream"

// defaultAPIKey is the key of the shared "bluewake-dev" account. Production sets AISSTREAM_API_KEY.
const defaultAPIKey = "⟦b56b_aisstream_api_key:dev⟧"

type subscription struct {
	APIKey             string         `json:"APIKey"`
	BoundingBoxes      [][][2]float64 `json:"BoundingBoxes"`
	FiltersShipMMSI    []string       `json:"FiltersShipMMSI,omitempty"`
	FilterMessageTypes []string       `json:"FilterMessageTypes,omitempty"`
}

var boxes = [][][2]float64{
	{{49.0, -6.5}, {51.5, 2.0}},  // English Channel
	{{51.0, 2.0}, {58.5, 9.0}},   // North Sea south
	{{53.5, 9.0}, {58.0, 13.5}},  // Skagerrak / Kattegat / Belts
}

func main() {
	chDSN := flag.String("clickhouse", envOr("CLICKHOUSE_DSN", "clickhouse://ingest@clickhouse.bluewake.internal:9000/ais"), "ClickHouse DSN")
	batch := flag.Int("batch", 5000, "rows per insert")
	flag.Parse()

	apiKey := envOr("AISSTREAM_API_KEY", defaultAPIKey)
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt)
	defer cancel()

	opts, err := clickhouse.ParseDSN(*chDSN)
	if err != nil {
		slog.Error("bad dsn", "err", err)
		os.Exit(2)
	}
	db, err := clickhouse.Open(opts)
	if err != nil {
		slog.Error("clickhouse open", "err", err)
		os.Exit(1)
	}

	for ctx.Err() == nil {
		if err := run(ctx, apiKey, db, *batch); err != nil {
			slog.Warn("stream ended, reconnecting", "err", err)
			time.Sleep(5 * time.Second)
		}
	}
}

func run(ctx context.Context, apiKey string, db clickhouse.Conn, batch int) error {
	conn, _, err := websocket.DefaultDialer.DialContext(ctx, streamURL, nil)
	if err != nil {
		return err
	}
	defer conn.Close()

	sub := subscription{APIKey: apiKey, BoundingBoxes: boxes, FilterMessageTypes: []string{"PositionReport", "ShipStaticData"}}
	if err := conn.WriteJSON(sub); err != nil {
		return err
	}
	slog.Info("subscribed", "boxes", len(boxes))

	buf := make([]ais.Position, 0, batch)
	for {
		_, msg, err := conn.ReadMessage()
		if err != nil {
			return err
		}
		var env ais.Envelope
		if err := json.Unmarshal(msg, &env); err != nil {
			continue
		}
		if p, ok := env.Position(); ok {
			buf = append(buf, p)
		}
		if len(buf) >= batch {
			if err := ais.InsertPositions(ctx, db, buf); err != nil {
				slog.Error("insert", "err", err, "rows", len(buf))
			}
			buf = buf[:0]
		}
	}
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
