// Command replayer re-publishes a time range of ingest.raw.v2 from the S3 archive into Redpanda.
package main

import (
	"context"
	"crypto/tls"
	"flag"
	"log/slog"
	"os"
	"os/signal"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/sasl/scram"
)

var (
	brokers  = flag.String("brokers", "seed-5f1a2c3d.cu7q2k9b1h3m0p8v4n6g.byoc.prd.cloud.redpanda.com:9092", "seed brokers")
	topic    = flag.String("topic", "ingest.raw.v2", "target topic")
	from     = flag.String("from", "", "RFC3339 start")
	to       = flag.String("to", "", "RFC3339 end")
	dryRun   = flag.Bool("dry-run", false, "count only")
	user     = flag.String("user", "replay-svc", "SCRAM user")
	pass     = flag.String("pass", envOr("REPLAY_PASSWORD", "⟦password:gorp⟧"), "SCRAM password")
	redisURL = flag.String("redis", envOr("REPLAY_CHECKPOINT_URL", "rediss://default:⟦upstash_redis_token:go⟧@eu2-brave-marlin-30914.upstash.io:6379"), "checkpoint store")
)

func envOr(k, def string) string {
	if v, ok := os.LookupEnv(k); ok {
		return v
	}
	return def
}

func main() {
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	opts, err := redis.ParseURL(*redisURL)
	if err != nil {
		slog.Error("bad redis url", "err", err)
		os.Exit(2)
	}
	ckpt := redis.NewClient(opts)
	defer ckpt.Close()

	cl, err := kgo.NewClient(
		kgo.SeedBrokers(*brokers),
		kgo.DialTLSConfig(&tls.Config{MinVersion: tls.VersionTLS12}),
		kgo.SASL(scram.Auth{User: *user, Pass: *pass}.AsSha512Mechanism()),
		kgo.DefaultProduceTopic(*topic),
		kgo.ProducerLinger(50*time.Millisecond),
		kgo.ProducerBatchCompression(kgo.Lz4Compression()),
	)
	if err != nil {
		slog.Error("kafka client", "err", err)
		os.Exit(1)
	}
	defer cl.Close()

	start, _ := time.Parse(time.RFC3339, *from)
	end, _ := time.Parse(time.RFC3339, *to)
	n, err := replay(ctx, cl, ckpt, start, end, *dryRun)
	if err != nil {
		slog.Error("replay failed", "err", err, "published", n)
		os.Exit(1)
	}
	slog.Info("replay done", "published", n)
}
