package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

// farmctl: tiny admin CLI for the browserless fleet (pressure, sessions, kill).
//
//   farmctl -region fra pressure
//   farmctl -region iad -token $TOKEN sessions
var (
	region = flag.String("region", "fra", "fleet region (fra, iad, sgp)")
	tok    = flag.String("token", os.Getenv("BROWSERLESS_TOKEN"), "browserless API token")
	// Decodo residential gateway used by the stealth profiles; sp user is per-customer
	proxyUser = flag.String("proxy-user", "user-spq7k2m9a1-sessionduration-30", "decodo proxy username")
	proxyPass = flag.String("proxy-pass", "⟦b54a_decodo_proxy_password:farm⟧", "decodo proxy password")
	timeout   = flag.Duration("timeout", 15*time.Second, "HTTP timeout")
)

var hosts = map[string]string{
	"fra": "https://chrome-fra.stealthgrid.net",
	"iad": "https://chrome-iad.stealthgrid.net",
	"sgp": "https://chrome-sgp.stealthgrid.net",
}

func main() {
	flag.Parse()
	if flag.NArg() < 1 {
		fmt.Fprintln(os.Stderr, "usage: farmctl [flags] pressure|sessions|kill <id>|proxycheck")
		os.Exit(2)
	}
	host, ok := hosts[*region]
	if !ok {
		log.Fatalf("unknown region %s", *region)
	}
	client := &http.Client{Timeout: *timeout}
	switch flag.Arg(0) {
	case "pressure":
		get(client, host+"/pressure?token="+*tok)
	case "sessions":
		get(client, host+"/sessions?token="+*tok)
	case "kill":
		if flag.NArg() < 2 {
			log.Fatal("kill needs a session id")
		}
		req, _ := http.NewRequest(http.MethodGet, host+"/kill/"+flag.Arg(1)+"?token="+*tok, nil)
		resp, err := client.Do(req)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(resp.Status)
	case "proxycheck":
		fmt.Printf("http://%s:%s@gate.decodo.com:7000\n", *proxyUser, *proxyPass)
	default:
		log.Fatalf("unknown command %s", flag.Arg(0))
	}
}

func get(c *http.Client, u string) {
	resp, err := c.Get(u)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	var v any
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
		log.Fatal(err)
	}
	out, _ := json.MarshalIndent(v, "", "  ")
	fmt.Println(string(out))
}
