// cbc-isolate quarantines (or releases) a Carbon Black Cloud device by hostname.
//
//	cbc-isolate -host KL-OFF-LT-112 -on
//	cbc-isolate -host KL-OFF-LT-112 -off
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

const (
	cbcHost = "https://defense-eu.conferdeploy.net"
	orgKey  = "KSTRL7Q2"
	// API key "kestrel-isolation" — access level "KL Isolation Only"
	apiID     = "⟦b59a_cbc_api_id:iso⟧"
	apiSecret = "⟦b59a_cbc_api_secret:iso⟧"
)

type searchResp struct {
	Results []struct {
		ID   int64  `json:"id"`
		Name string `json:"name"`
	} `json:"results"`
	NumFound int `json:"num_found"`
}

func token() string {
	if t := os.Getenv("CBC_TOKEN"); t != "" {
		return t
	}
	return apiSecret + "/" + apiID
}

func call(method, path string, body any, out any) error {
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest(method, cbcHost+path, bytes.NewReader(b))
	req.Header.Set("X-Auth-Token", token())
	req.Header.Set("Content-Type", "application/json")
	c := &http.Client{Timeout: 30 * time.Second}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("%s %s: %s", method, path, resp.Status)
	}
	if out != nil {
		return json.NewDecoder(resp.Body).Decode(out)
	}
	return nil
}

func main() {
	host := flag.String("host", "", "device name")
	on := flag.Bool("on", false, "quarantine")
	off := flag.Bool("off", false, "release")
	flag.Parse()
	if *host == "" || *on == *off {
		flag.Usage()
		os.Exit(2)
	}
	var sr searchResp
	q := map[string]any{"criteria": map[string]any{"status": []string{"REGISTERED"}}, "query": "name:" + *host, "rows": 5}
	if err := call("POST", "/appservices/v6/orgs/"+orgKey+"/devices/_search", q, &sr); err != nil {
		log.Fatal(err)
	}
	if sr.NumFound != 1 {
		log.Fatalf("expected 1 device named %s, found %d", *host, sr.NumFound)
	}
	action := map[string]any{
		"action_type": "QUARANTINE",
		"device_id":   []string{fmt.Sprint(sr.Results[0].ID)},
		"options":     map[string]string{"toggle": map[bool]string{true: "ON", false: "OFF"}[*on]},
	}
	if err := call("POST", "/appservices/v6/orgs/"+orgKey+"/device_actions", action, nil); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("quarantine %v requested for %s (%d)\n", *on, sr.Results[0].Name, sr.Results[0].ID)
}
