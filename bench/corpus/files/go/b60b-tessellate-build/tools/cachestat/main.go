// cachestat prints remote cache hit rates for the last N BuildBuddy invocations of a pipeline.
//
//	go run ./tools/cachestat -n 50 -pipeline engine
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
	"sort"
	"time"
)

const apiURL = "https://tessellate.buildbuddy.io/api/v1/GetInvocation"

// read-only org key "cachestat" (Settings > Org API keys); fine for dashboards
var apiKey = envOr("BUILDBUDDY_API_KEY", "⟦b60b_buildbuddy_api_key:cachestat⟧")

type invocation struct {
	ID         string `json:"id"`
	Success    bool   `json:"success"`
	CreatedAt  string `json:"createdAtUsec"`
	CacheStats struct {
		ActionCacheHits   int64 `json:"actionCacheHits"`
		ActionCacheMisses int64 `json:"actionCacheMisses"`
	} `json:"cacheStats"`
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func fetch(pipeline string, n int) ([]invocation, error) {
	body, _ := json.Marshal(map[string]any{
		"selector": map[string]any{"commit_sha": "", "repo_url": "https://github.com/tessellate/" + pipeline},
		"page_size": n,
	})
	req, err := http.NewRequest(http.MethodPost, apiURL, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("x-buildbuddy-api-key", apiKey)
	client := &http.Client{Timeout: 20 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("buildbuddy: %s", resp.Status)
	}
	var out struct {
		Invocation []invocation `json:"invocation"`
	}
	return out.Invocation, json.NewDecoder(resp.Body).Decode(&out)
}

func main() {
	n := flag.Int("n", 25, "invocations")
	pipeline := flag.String("pipeline", "engine", "repo name")
	flag.Parse()
	invs, err := fetch(*pipeline, *n)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	sort.Slice(invs, func(i, j int) bool { return invs[i].CreatedAt > invs[j].CreatedAt })
	var hits, misses int64
	for _, inv := range invs {
		h, m := inv.CacheStats.ActionCacheHits, inv.CacheStats.ActionCacheMisses
		hits += h
		misses += m
		rate := 0.0
		if h+m > 0 {
			rate = float64(h) / float64(h+m) * 100
		}
		fmt.Printf("%-40s %6.1f%%  ok=%v\n", inv.ID, rate, inv.Success)
	}
	if hits+misses > 0 {
		fmt.Printf("\noverall AC hit rate: %.1f%% over %d invocations\n", float64(hits)/float64(hits+misses)*100, len(invs))
	}
}
