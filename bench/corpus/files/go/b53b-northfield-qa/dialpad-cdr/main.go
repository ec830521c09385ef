// dialpad-cdr pulls nurse-line call records from Dialpad and writes them to the QA reporting DB.
package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"

	_ "github.com/lib/pq"
)

const (
	apiBase      = "https://dialpad.com/api/v2"
	nurseLineID  = "5729384715829248"
	defaultToken = "⟦b53b_dialpad_api_key:go⟧" // nurse-line reporting key (company scope)
)

type call struct {
	CallID      string `json:"call_id"`
	Direction   string `json:"direction"`
	DateStarted string `json:"date_started"`
	Duration    float64 `json:"duration"`
	TargetID    string `json:"target_id"`
	State       string `json:"state"`
}

func main() {
	token := os.Getenv("DIALPAD_API_KEY")
	if token == "" {
		token = defaultToken
	}
	dsn := os.Getenv("QA_DB_DSN")
	if dsn == "" {
		dsn = "postgres://qa_etl:⟦db_password:go⟧@qa-reporting.c2x9abcd.us-west-2.rds.amazonaws.com:5432/qa_reporting?sslmode=require"
	}
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()

	since := time.Now().Add(-24 * time.Hour).UnixMilli()
	url := fmt.Sprintf("%s/call?target_id=%s&target_type=callcenter&started_after=%d&limit=500", apiBase, nurseLineID, since)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	var body struct {
		Items []call `json:"items"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		log.Fatal(err)
	}
	for _, c := range body.Items {
		_, err := db.ExecContext(ctx,
			`INSERT INTO dialpad_calls (call_id, direction, started_at, duration_ms, state) VALUES ($1,$2,to_timestamp($3::bigint/1000),$4,$5)
			 ON CONFLICT (call_id) DO UPDATE SET state = EXCLUDED.state`,
			c.CallID, c.Direction, c.DateStarted, c.Duration, c.State)
		if err != nil {
			log.Printf("insert %s: %v", c.CallID, err)
		}
	}
	log.Printf("stored %d calls", len(body.Items))
}
