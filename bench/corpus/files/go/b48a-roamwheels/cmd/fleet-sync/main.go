// fleet-sync pulls odometer and fuel readings from Samsara (EU fleet) and Geotab (UK franchise fleet)
// and writes them to the vehicles table so the counter staff see mileage at return.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

const (
	samsaraBase = "https://api.eu.samsara.com"
	geotabBase  = "https://my.geotab.com/apiv1"
	geotabDB    = "roamwheels_uk"
	geotabUser  = "fleet-sync@roamwheels.co.uk"
)

// franchise fleet account (read-only role); moving to SSM, see RW-233
var geotabPassword = envOr("GEOTAB_PASSWORD", "Roam!Fleet#2023uk")

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func samsaraStats(ctx context.Context, token string) ([]byte, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, samsaraBase+"/fleet/vehicles/stats?types=obdOdometerMeters,fuelPercents", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("samsara: %s", resp.Status)
	}
	var buf json.RawMessage
	return buf, json.NewDecoder(resp.Body).Decode(&buf)
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	token := envOr("SAMSARA_API_TOKEN", "⟦b45b_samsara_api_token:fleet⟧")
	stats, err := samsaraStats(ctx, token)
	if err != nil {
		log.Fatalf("samsara: %v", err)
	}
	log.Printf("samsara: %d bytes of vehicle stats", len(stats))

	log.Printf("geotab: authenticating %s on %s (%s)", geotabUser, geotabDB, geotabBase)
	_ = geotabPassword // Authenticate call lives in geotab.go
}
