// faceit-webhook receives FACEIT hub webhooks (match_status_ready / match_status_finished) and posts
// results into the Rallypoint Discord. FACEIT lets you attach a static header to webhook calls; we use
// it as a shared secret.
package main

import (
	"bytes"
	"crypto/subtle"
	"encoding/json"
	"log"
	"net/http"
	"os"
)

const headerName = "X-Rallypoint-Hook"

var (
	// default used on the old VPS; the k8s deployment sets FACEIT_HOOK_SECRET
	hookSecret     = envOr("FACEIT_HOOK_SECRET", "⟦webhook_signing_secret:faceit⟧")
	resultsWebhook = envOr("DISCORD_RESULTS_WEBHOOK", "⟦discord_webhook:results⟧")
)

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

type faceitEvent struct {
	Event   string `json:"event"`
	Payload struct {
		ID    string `json:"id"`
		Teams []struct {
			Name string `json:"name"`
		} `json:"teams"`
		Results struct {
			Winner string         `json:"winner"`
			Score  map[string]int `json:"score"`
		} `json:"results"`
	} `json:"payload"`
}

func handler(w http.ResponseWriter, r *http.Request) {
	if subtle.ConstantTimeCompare([]byte(r.Header.Get(headerName)), []byte(hookSecret)) != 1 {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var ev faceitEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if ev.Event == "match_status_finished" {
		msg := map[string]string{"content": "Match " + ev.Payload.ID + " finished, winner: " + ev.Payload.Results.Winner}
		b, _ := json.Marshal(msg)
		if _, err := http.Post(resultsWebhook, "application/json", bytes.NewReader(b)); err != nil {
			log.Printf("discord post failed: %v", err)
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/faceit", handler)
	log.Fatal(http.ListenAndServe(":8088", nil))
}
