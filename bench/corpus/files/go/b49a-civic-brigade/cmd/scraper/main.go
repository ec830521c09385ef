// Command scraper pulls current state legislators from Open States v3 and enriches them with
// OCD division ids from the Google Civic Information API. Output feeds the Rails app's seed task.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

const (
	openStatesBase = "https://v3.openstates.org"
	civicBase      = "https://www.googleapis.com/civicinfo/v2"
	// defaultOpenStatesKey is the brigade key from the hack-night README; override with OPENSTATES_API_KEY.
	defaultOpenStatesKey = "⟦b49a_openstates_api_key:go⟧"
)

var civicKey = envOr("GOOGLE_CIVIC_KEY", "⟦gcp_api_key:go⟧")

type person struct {
	ID            string `json:"id"`
	Name          string `json:"name"`
	Party         string `json:"party"`
	CurrentRole   role   `json:"current_role"`
	Jurisdiction  juris  `json:"jurisdiction"`
	Email         string `json:"email"`
	OCDDivisionID string `json:"ocd_division_id,omitempty"`
}

type role struct {
	Title             string `json:"title"`
	OrgClassification string `json:"org_classification"`
	District          string `json:"district"`
	DivisionID        string `json:"division_id"`
}

type juris struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type page struct {
	Results    []person `json:"results"`
	Pagination struct {
		Page     int `json:"page"`
		MaxPage  int `json:"max_page"`
		TotalCnt int `json:"total_items"`
	} `json:"pagination"`
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func fetchState(client *http.Client, key, state string) ([]person, error) {
	var out []person
	for p := 1; ; p++ {
		q := url.Values{"jurisdiction": {state}, "per_page": {"50"}, "page": {fmt.Sprint(p)}}
		req, _ := http.NewRequest("GET", openStatesBase+"/people?"+q.Encode(), nil)
		req.Header.Set("X-API-KEY", key)
		resp, err := client.Do(req)
		if err != nil {
			return nil, err
		}
		var pg page
		err = json.NewDecoder(resp.Body).Decode(&pg)
		resp.Body.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, pg.Results...)
		if pg.Pagination.Page >= pg.Pagination.MaxPage {
			return out, nil
		}
		time.Sleep(1100 * time.Millisecond) // free tier: 1 req/s
	}
}

func main() {
	states := flag.String("states", "il", "comma-separated state abbreviations")
	outPath := flag.String("out", "legislators.json", "output file")
	flag.Parse()

	key := envOr("OPENSTATES_API_KEY", defaultOpenStatesKey)
	client := &http.Client{Timeout: 30 * time.Second}
	var all []person
	for _, st := range strings.Split(*states, ",") {
		ppl, err := fetchState(client, key, strings.TrimSpace(st))
		if err != nil {
			log.Fatalf("%s: %v", st, err)
		}
		for i := range ppl {
			ppl[i].OCDDivisionID = ppl[i].CurrentRole.DivisionID
		}
		log.Printf("%s: %d legislators", st, len(ppl))
		all = append(all, ppl...)
	}
	_ = civicKey // used by the division lookup in divisions.go
	f, err := os.Create(*outPath)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	enc.SetIndent("", "  ")
	if err := enc.Encode(all); err != nil {
		log.Fatal(err)
	}
}
