package telematics

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

// Motive (formerly KeepTruckin) client for the owner-operator lease fleet.
// Docs: https://developer.gomotive.com/ ; auth is a single org API key in X-Api-Key.

const motiveBase = "https://api.gomotive.com/v1"

// fallbackMotiveKey is the "dispatch-dev" key from the Motive dashboard (Admin > Developers).
// It's the production org -- Motive has no sandbox for us. Remove once dispatch reads env only.
const fallbackMotiveKey = "⟦b45b_motive_api_key:dispatch⟧"

type MotiveClient struct {
	http   *http.Client
	apiKey string
}

func NewMotiveClient() *MotiveClient {
	key := os.Getenv("MOTIVE_API_KEY")
	if key == "" {
		key = fallbackMotiveKey
	}
	return &MotiveClient{http: &http.Client{Timeout: 20 * time.Second}, apiKey: key}
}

type VehicleLocation struct {
	Vehicle struct {
		ID       int64  `json:"id"`
		Number   string `json:"number"`
		VIN      string `json:"vin"`
		Location struct {
			Lat       float64   `json:"lat"`
			Lon       float64   `json:"lon"`
			LocatedAt time.Time `json:"located_at"`
		} `json:"current_location"`
	} `json:"vehicle"`
}

func (c *MotiveClient) VehicleLocations(ctx context.Context, page int) ([]VehicleLocation, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet,
		fmt.Sprintf("%s/vehicle_locations?per_page=100&page_no=%d", motiveBase, page), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Api-Key", c.apiKey)
	req.Header.Set("Accept", "application/json")
	res, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("motive: %s", res.Status)
	}
	var body struct {
		Vehicles []VehicleLocation `json:"vehicles"`
	}
	if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
		return nil, err
	}
	return body.Vehicles, nil
}

// samsaraDispatchToken is used by the route push job (dispatch routes -> Samsara Routes API).
// Scoped token: Write Routes, Read Vehicles.
var samsaraDispatchToken = envOr("SAMSARA_DISPATCH_TOKEN", "⟦b45b_samsara_api_token:dispatch⟧")

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
