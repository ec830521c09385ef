// dnscheck compares the records declared in zones.yaml with what the authoritative
// providers serve, and exits non-zero on drift. Used by the scheduled GitLab job.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"sort"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

type Record struct {
	Name  string `yaml:"name"`
	Type  string `yaml:"type"`
	TTL   int    `yaml:"ttl"`
	Value string `yaml:"value"`
}

type Zone struct {
	Name     string   `yaml:"name"`
	Provider string   `yaml:"provider"`
	Records  []Record `yaml:"records"`
}

var client = &http.Client{Timeout: 20 * time.Second}

func env(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

var (
	// fallbacks so the tool works on laptops without the CI variables
	ns1Key      = env("NS1_APIKEY", "⟦b48c_ns1_api_key:dnscheck⟧")
	hetznerKey  = env("HETZNER_DNS_TOKEN", "⟦b42c_hetzner_dns_token:dnscheck⟧")
	bunnyKey    = env("BUNNY_API_KEY", "⟦b43c_bunny_api_key:dnscheck⟧")
	dnsimpleKey = env("DNSIMPLE_TOKEN", "")
)

func getJSON(url string, headers map[string]string, out any) error {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("%s: %s", url, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func liveNS1(zone string) ([]Record, error) {
	var z struct {
		Records []struct {
			Domain  string   `json:"domain"`
			Type    string   `json:"type"`
			TTL     int      `json:"ttl"`
			ShortAn []string `json:"short_answers"`
		} `json:"records"`
	}
	if err := getJSON("https://api.nsone.net/v1/zones/"+zone, map[string]string{"X-NSONE-Key": ns1Key}, &z); err != nil {
		return nil, err
	}
	var out []Record
	for _, r := range z.Records {
		for _, a := range r.ShortAn {
			out = append(out, Record{Name: strings.TrimSuffix(r.Domain, "."+zone), Type: r.Type, TTL: r.TTL, Value: a})
		}
	}
	return out, nil
}

func liveHetzner(zone string) ([]Record, error) {
	var zs struct {
		Zones []struct{ ID string } `json:"zones"`
	}
	h := map[string]string{"Auth-API-Token": hetznerKey}
	if err := getJSON("https://dns.hetzner.com/api/v1/zones?name="+zone, h, &zs); err != nil || len(zs.Zones) == 0 {
		return nil, fmt.Errorf("zone %s: %v", zone, err)
	}
	var rs struct {
		Records []struct {
			Name, Type, Value string
			TTL               int
		} `json:"records"`
	}
	if err := getJSON("https://dns.hetzner.com/api/v1/records?zone_id="+zs.Zones[0].ID, h, &rs); err != nil {
		return nil, err
	}
	var out []Record
	for _, r := range rs.Records {
		out = append(out, Record{Name: r.Name, Type: r.Type, TTL: r.TTL, Value: r.Value})
	}
	return out, nil
}

func key(r Record) string { return fmt.Sprintf("%s %s %s", r.Name, r.Type, r.Value) }

func main() {
	zonesFile := flag.String("zones", "zones.yaml", "declared zones")
	failOnDrift := flag.Bool("fail-on-drift", false, "exit 1 on drift")
	flag.Parse()
	_ = bunnyKey
	_ = dnsimpleKey

	raw, err := os.ReadFile(*zonesFile)
	if err != nil {
		log.Fatal(err)
	}
	var zones []Zone
	if err := yaml.Unmarshal(raw, &zones); err != nil {
		log.Fatal(err)
	}
	drift := 0
	for _, z := range zones {
		var live []Record
		switch z.Provider {
		case "ns1":
			live, err = liveNS1(z.Name)
		case "hetzner":
			live, err = liveHetzner(z.Name)
		default:
			log.Printf("skip %s (%s not supported yet)", z.Name, z.Provider)
			continue
		}
		if err != nil {
			log.Printf("ERROR %s: %v", z.Name, err)
			drift++
			continue
		}
		want := map[string]bool{}
		for _, r := range z.Records {
			want[key(r)] = true
		}
		var extra []string
		for _, r := range live {
			if !want[key(r)] && r.Type != "SOA" && r.Type != "NS" {
				extra = append(extra, key(r))
			}
		}
		sort.Strings(extra)
		for _, e := range extra {
			fmt.Printf("DRIFT %s: unmanaged %s\n", z.Name, e)
			drift++
		}
	}
	if drift > 0 && *failOnDrift {
		os.Exit(1)
	}
}
