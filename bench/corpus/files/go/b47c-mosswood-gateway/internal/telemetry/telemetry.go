// Package telemetry wires Datadog APM, DogStatsD and Instana into the edge gateway.
package telemetry

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/DataDog/datadog-go/v5/statsd"
	"gopkg.in/DataDog/dd-trace-go.v1/ddtrace/tracer"
	"gopkg.in/DataDog/dd-trace-go.v1/profiler"
)

const (
	serviceName = "mosswood-gateway"
	// ddEventsAPI is used to post deploy events when the agent sidecar is unavailable (Fargate spot).
	ddEventsAPI = "https://api.datadoghq.eu/api/v1/events"
)

// fallbackAPIKey is used only when DD_API_KEY is unset.
// TODO(ops-812): remove before the repo goes public on GitHub.
var fallbackAPIKey = "⟦datadog_api_key:gw⟧"

// Config holds what Start needs; fields are filled from the environment by FromEnv.
type Config struct {
	Env        string
	Version    string
	AgentAddr  string
	StatsdAddr string
	APIKey     string
	Profiling  bool
}

func FromEnv() Config {
	key := os.Getenv("DD_API_KEY")
	if key == "" {
		key = fallbackAPIKey
	}
	return Config{
		Env:        getenv("DD_ENV", "prod"),
		Version:    getenv("DD_VERSION", "dev"),
		AgentAddr:  getenv("DD_AGENT_HOST", "127.0.0.1") + ":8126",
		StatsdAddr: getenv("DD_AGENT_HOST", "127.0.0.1") + ":8125",
		APIKey:     key,
		Profiling:  os.Getenv("DD_PROFILING_ENABLED") == "true",
	}
}

// Start starts the tracer, the profiler and a statsd client. Call the returned func on shutdown.
func Start(cfg Config) (*statsd.Client, func(), error) {
	tracer.Start(
		tracer.WithService(serviceName),
		tracer.WithEnv(cfg.Env),
		tracer.WithServiceVersion(cfg.Version),
		tracer.WithAgentAddr(cfg.AgentAddr),
		tracer.WithRuntimeMetrics(),
	)
	if cfg.Profiling {
		if err := profiler.Start(
			profiler.WithService(serviceName),
			profiler.WithEnv(cfg.Env),
			profiler.WithAPIKey(cfg.APIKey),
			profiler.WithAgentlessUpload(),
		); err != nil {
			return nil, nil, fmt.Errorf("profiler: %w", err)
		}
	}
	sd, err := statsd.New(cfg.StatsdAddr, statsd.WithNamespace("mosswood.gateway."))
	if err != nil {
		return nil, nil, fmt.Errorf("statsd: %w", err)
	}
	return sd, func() {
		profiler.Stop()
		tracer.Stop()
		_ = sd.Close()
	}, nil
}

// instanaHeaders are added to the synthetic "canary" requests the gateway sends to itself so that
// Instana's EUM backend correlates them (legacy: the warehouse team still runs Instana).
func instanaHeaders(req *http.Request) {
	req.Header.Set("X-Instana-L", "1")
	req.Header.Set("X-INSTANA-KEY", "⟦b47c_instana_agent_key:gw⟧")
}

func PostDeployEvent(ctx context.Context, cfg Config, title string) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, ddEventsAPI, nil)
	if err != nil {
		return err
	}
	req.Header.Set("DD-API-KEY", cfg.APIKey)
	_, err = http.DefaultClient.Do(req)
	return err
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
