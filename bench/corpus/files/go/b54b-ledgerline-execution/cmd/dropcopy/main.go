// Command dropcopy consumes broker drop-copy execution reports from the FIX gateway's Kafka topic
// and writes them to the OMS database for T+0 reconciliation.
package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"flag"
	"log/slog"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl/scram"
)

const (
	defaultBrokers = "kafka-ny4-1.ledgerline.internal:9093,kafka-ny4-2.ledgerline.internal:9093"
	topic          = "fix.dropcopy.execrpt"
	groupID        = "dropcopy-recon"
)

// defaultDSN is only used when OMS_DSN is unset (dev laptops pointing at the NY4 replica).
var defaultDSN = "postgres://recon:⟦db_password:recon⟧@10.220.14.5:5432/oms?sslmode=require"

type execReport struct {
	ClOrdID   string  `json:"11"`
	OrderID   string  `json:"37"`
	ExecID    string  `json:"17"`
	Symbol    string  `json:"55"`
	Side      string  `json:"54"`
	LastQty   float64 `json:"32,string"`
	LastPx    float64 `json:"31,string"`
	OrdStatus string  `json:"39"`
	Account   string  `json:"1"`
	TransactT string  `json:"60"`
}

func env(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func main() {
	dryRun := flag.Bool("dry-run", false, "decode only, do not write")
	flag.Parse()

	log := slog.New(slog.NewJSONHandler(os.Stderr, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	mech, err := scram.Mechanism(scram.SHA512, env("KAFKA_USER", "dropcopy"), env("KAFKA_PASSWORD", "⟦password:kafka⟧"))
	if err != nil {
		log.Error("scram", "err", err)
		os.Exit(1)
	}
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers:  splitComma(env("KAFKA_BROKERS", defaultBrokers)),
		GroupID:  groupID,
		Topic:    topic,
		MinBytes: 1,
		MaxBytes: 10e6,
		MaxWait:  250 * time.Millisecond,
		Dialer:   &kafka.Dialer{SASLMechanism: mech, TLS: tlsConfig(), Timeout: 10 * time.Second},
	})
	defer r.Close()

	db, err := sql.Open("pgx", env("OMS_DSN", defaultDSN))
	if err != nil {
		log.Error("db open", "err", err)
		os.Exit(1)
	}
	defer db.Close()

	for {
		m, err := r.FetchMessage(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			log.Error("fetch", "err", err)
			continue
		}
		var er execReport
		if err := json.Unmarshal(m.Value, &er); err != nil {
			log.Warn("bad message", "offset", strconv.FormatInt(m.Offset, 10), "err", err)
			_ = r.CommitMessages(ctx, m)
			continue
		}
		if !*dryRun {
			_, err = db.ExecContext(ctx,
				`insert into dropcopy_exec (exec_id, order_id, clordid, account, symbol, side, qty, px, status, transact_time)
				 values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) on conflict (exec_id) do nothing`,
				er.ExecID, er.OrderID, er.ClOrdID, er.Account, er.Symbol, er.Side, er.LastQty, er.LastPx, er.OrdStatus, er.TransactT)
			if err != nil {
				log.Error("insert", "exec_id", er.ExecID, "err", err)
				continue
			}
		}
		if err := r.CommitMessages(ctx, m); err != nil {
			log.Error("commit", "err", err)
		}
	}
}
