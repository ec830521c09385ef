// Command seed loads demo merchants and categories into Postgres and pushes them to the search
// indexes (Algolia for the dashboard, Typesense for the public merchant directory).
//
//	go run ./cmd/seed -n 500
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"log"
	"math/rand"
	"os"

	"github.com/algolia/algoliasearch-client-go/v3/algolia/search"
	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/typesense/typesense-go/typesense"
	"github.com/typesense/typesense-go/typesense/api"
)

const (
	algoliaAppID    = "⟦b40b_algolia_app_id⟧"
	algoliaAdminKey = "⟦algolia_admin_key⟧" // admin key: needed for SetSettings
	typesenseURL    = "https://x1y2z3abcd-1.a1.typesense.net:443"
	typesenseKey    = "⟦b39b_typesense_api_key⟧"
)

var categories = []string{"Groceries", "Restaurants", "Transport", "Utilities", "Entertainment", "Health", "Travel", "Software"}

type merchant struct {
	ObjectID string `json:"objectID"`
	Name     string `json:"name"`
	Category string `json:"category"`
	MCC      int    `json:"mcc"`
	Country  string `json:"country"`
}

func main() {
	n := flag.Int("n", 200, "number of merchants")
	dsn := flag.String("db", os.Getenv("DATABASE_URL"), "postgres DSN")
	flag.Parse()

	db, err := sql.Open("pgx", *dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	rng := rand.New(rand.NewSource(42))
	ms := make([]merchant, 0, *n)
	for i := 0; i < *n; i++ {
		m := merchant{
			ObjectID: fmt.Sprintf("m_%05d", i),
			Name:     fmt.Sprintf("Demo Merchant %d", i),
			Category: categories[rng.Intn(len(categories))],
			MCC:      5000 + rng.Intn(999),
			Country:  []string{"GB", "DE", "FR", "NL", "US"}[rng.Intn(5)],
		}
		if _, err := db.Exec(`INSERT INTO merchants (id, name, category, mcc, country) VALUES ($1,$2,$3,$4,$5) ON CONFLICT (id) DO NOTHING`,
			m.ObjectID, m.Name, m.Category, m.MCC, m.Country); err != nil {
			log.Fatalf("insert %s: %v", m.ObjectID, err)
		}
		ms = append(ms, m)
	}

	client := search.NewClient(algoliaAppID, algoliaAdminKey)
	idx := client.InitIndex("merchants_demo")
	if _, err := idx.SetSettings(search.Settings{SearchableAttributes: []string{"name", "category"}}); err != nil {
		log.Fatal(err)
	}
	if _, err := idx.SaveObjects(ms); err != nil {
		log.Fatal(err)
	}

	ts := typesense.NewClient(typesense.WithServer(typesenseURL), typesense.WithAPIKey(typesenseKey))
	docs := make([]interface{}, len(ms))
	for i, m := range ms {
		docs[i] = map[string]interface{}{"id": m.ObjectID, "name": m.Name, "category": m.Category, "country": m.Country}
	}
	action := "upsert"
	if _, err := ts.Collection("merchants").Documents().Import(context.Background(), docs, &api.ImportDocumentsParams{Action: &action}); err != nil {
		log.Fatal(err)
	}
	log.Printf("seeded %d merchants", len(ms))
}
