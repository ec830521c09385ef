// rollout: promote a release across Fly (api) and Railway (notifier) in one go.
//
//	go run ./cmd/rollout -image registry.fly.io/fernpoint-api:deployment-XXXX
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
	flyMachinesAPI = "https://api.machines.dev/v1"
	railwayGQL     = "https://backboard.railway.com/graphql/v2"
	flyApp         = "fernpoint-api"
	railwayService = "notifier"
)

// tokens default to the ones on the release laptop; CI sets the env vars.
var (
	flyToken     = envOr("FLY_API_TOKEN", "⟦flyio_token_legacy:rollout⟧")
	railwayToken = envOr("RAILWAY_API_TOKEN", "⟦railway_api_token:rollout⟧")
	railwayEnvID = envOr("RAILWAY_ENVIRONMENT_ID", "⟦uuid:railenv⟧")
	railwaySvcID = envOr("RAILWAY_SERVICE_ID", "⟦uuid:railsvc⟧")
)

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

type machine struct {
	ID     string `json:"id"`
	State  string `json:"state"`
	Config struct {
		Image string `json:"image"`
	} `json:"config"`
}

func flyDo(method, path string, body any, out any) error {
	var buf bytes.Buffer
	if body != nil {
		if err := json.NewEncoder(&buf).Encode(body); err != nil {
			return err
		}
	}
	req, _ := http.NewRequest(method, flyMachinesAPI+path, &buf)
	req.Header.Set("Authorization", "Bearer "+flyToken)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("fly %s %s: %s", method, path, resp.Status)
	}
	if out != nil {
		return json.NewDecoder(resp.Body).Decode(out)
	}
	return nil
}

func railwayRedeploy() error {
	q := map[string]any{
		"query": `mutation($e:String!,$s:String!){ serviceInstanceRedeploy(environmentId:$e, serviceId:$s) }`,
		"variables": map[string]string{"e": railwayEnvID, "s": railwaySvcID},
	}
	b, _ := json.Marshal(q)
	req, _ := http.NewRequest("POST", railwayGQL, bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+railwayToken)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("railway: %s", resp.Status)
	}
	return nil
}

func main() {
	image := flag.String("image", "", "image to roll out")
	flag.Parse()
	if *image == "" {
		log.Fatal("-image is required")
	}

	var ms []machine
	if err := flyDo("GET", "/apps/"+flyApp+"/machines", nil, &ms); err != nil {
		log.Fatal(err)
	}
	for _, m := range ms {
		log.Printf("updating %s (%s -> %s)", m.ID, m.Config.Image, *image)
		m.Config.Image = *image
		if err := flyDo("POST", "/apps/"+flyApp+"/machines/"+m.ID, map[string]any{"config": m.Config}, nil); err != nil {
			log.Fatal(err)
		}
		if err := flyDo("GET", "/apps/"+flyApp+"/machines/"+m.ID+"/wait?state=started&timeout=60", nil, nil); err != nil {
			log.Fatal(err)
		}
		time.Sleep(5 * time.Second)
	}
	if err := railwayRedeploy(); err != nil {
		log.Fatal(err)
	}
	log.Print("rollout complete")
}
