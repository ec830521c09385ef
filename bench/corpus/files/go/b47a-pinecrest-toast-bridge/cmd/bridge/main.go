// Command bridge polls Toast for closed checks and pushes them to the accounting queue.
package main

import (
	"context"
	"flag"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/pinecrest/toast-bridge/internal/queue"
	"github.com/pinecrest/toast-bridge/internal/toast"
	"github.com/redis/go-redis/v9"
)

func main() {
	var (
		apiHost      = flag.String("toast-host", "https://ws-sandbox-api.eng.toasttab.com", "Toast API host")
		clientID     = flag.String("toast-client-id", os.Getenv("TOAST_CLIENT_ID"), "Toast machine client id")
		clientSecret = flag.String("toast-client-secret", envOr("TOAST_CLIENT_SECRET", "⟦b47a_toast_client_secret:sandbox⟧"), "Toast machine client secret")
		restaurants  = flag.String("restaurants", os.Getenv("TOAST_RESTAURANT_GUIDS"), "comma-separated restaurant GUIDs")
		redisURL     = flag.String("redis", envOr("REDIS_URL", "redis://:⟦password:redis⟧@pinecrest-cache.redis.cache.windows.net:6380/3"), "redis URL for the accounting queue")
		interval     = flag.Duration("interval", 5*time.Minute, "poll interval")
	)
	flag.Parse()

	log := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelInfo}))
	opts, err := redis.ParseURL(*redisURL)
	if err != nil {
		log.Error("bad redis url", "err", err)
		os.Exit(2)
	}
	q := queue.New(redis.NewClient(opts), "acct:checks")
	tc := toast.NewClient(*apiHost, *clientID, *clientSecret)

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	t := time.NewTicker(*interval)
	defer t.Stop()
	for {
		if err := poll(ctx, tc, q, splitCSV(*restaurants), log); err != nil {
			log.Warn("poll failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
