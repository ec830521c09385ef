// Command migrate applies SQL migrations to every tenant database in the Turso group.
//
//	go run ./cmd/migrate -dir migrations/tenant -group hl-tenants
//
// Each tenant gets its own libSQL database (hl-t-<tenant id>); we list them through the Turso
// Platform API and apply pending migrations with a bounded worker pool.
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"sync"

	_ "github.com/tursodatabase/libsql-client-go/libsql"
)

var (
	dir      = flag.String("dir", "migrations/tenant", "directory of *.sql files")
	org      = flag.String("org", "harborlight", "Turso organization slug")
	group    = flag.String("group", "hl-tenants", "Turso group")
	workers  = flag.Int("workers", 8, "parallel tenants")
	dryRun   = flag.Bool("dry-run", false, "print what would run")
	// group-scoped full-access token (turso group tokens create hl-tenants); expires 2026-06-30
	groupTok = flag.String("token", envOr("TURSO_GROUP_TOKEN", "⟦b40c_turso_token:group-cli⟧"), "Turso group auth token")
	apiTok   = flag.String("api-token", os.Getenv("TURSO_API_TOKEN"), "Turso Platform API token (to list databases)")
)

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func main() {
	flag.Parse()
	ctx := context.Background()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))

	files, err := filepath.Glob(filepath.Join(*dir, "*.sql"))
	if err != nil || len(files) == 0 {
		log.Error("no migrations", "dir", *dir, "err", err)
		os.Exit(1)
	}
	sort.Strings(files)

	dbs, err := listDatabases(ctx, *org, *group, *apiTok)
	if err != nil {
		log.Error("list databases", "err", err)
		os.Exit(1)
	}
	log.Info("tenants", "count", len(dbs), "migrations", len(files))

	sem := make(chan struct{}, *workers)
	var wg sync.WaitGroup
	var mu sync.Mutex
	failed := 0
	for _, name := range dbs {
		wg.Add(1)
		sem <- struct{}{}
		go func(name string) {
			defer wg.Done()
			defer func() { <-sem }()
			url := fmt.Sprintf("libsql://%s-%s.turso.io?authToken=%s", name, *org, *groupTok)
			if err := migrate(ctx, url, files, *dryRun); err != nil {
				log.Error("migrate", "db", name, "err", err)
				mu.Lock()
				failed++
				mu.Unlock()
			}
		}(name)
	}
	wg.Wait()
	if failed > 0 {
		os.Exit(2)
	}
}

func migrate(ctx context.Context, url string, files []string, dry bool) error {
	db, err := sql.Open("libsql", url)
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, `create table if not exists _migrations (name text primary key, applied_at text default current_timestamp)`); err != nil {
		return err
	}
	for _, f := range files {
		name := filepath.Base(f)
		var n int
		if err := db.QueryRowContext(ctx, `select count(*) from _migrations where name = ?`, name).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			continue
		}
		if dry {
			fmt.Println("would apply", name)
			continue
		}
		body, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		if _, err := db.ExecContext(ctx, string(body)); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if _, err := db.ExecContext(ctx, `insert into _migrations(name) values (?)`, name); err != nil {
			return err
		}
	}
	return nil
}
