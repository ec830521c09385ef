// Command simulator opens N OCPP websocket connections against a CSMS and plays a
// Boot/Heartbeat/Status/Start/MeterValues/Stop cycle on each, for load tests and demos.
package main

import (
	"context"
	"encoding/base64"
	"flag"
	"fmt"
	"log/slog"
	"math/rand"
	"net/http"
	"os"
	"os/signal"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

type options struct {
	csms      string
	count     int
	prefix    string
	proto     string
	user      string
	password  string
	authKey   string
	interval  time.Duration
	insecure  bool
}

func parseFlags() options {
	var o options
	flag.StringVar(&o.csms, "csms", "wss://ocpp.staging.voltway.eu/ocpp", "CSMS websocket base URL (charge box id is appended)")
	flag.IntVar(&o.count, "count", 10, "number of simulated charging stations")
	flag.StringVar(&o.prefix, "prefix", "SIM", "charge box id prefix")
	flag.StringVar(&o.proto, "proto", "ocpp2.0.1", "websocket subprotocol: ocpp1.6 or ocpp2.0.1")
	flag.StringVar(&o.user, "basic-user", "", "override the Basic user (defaults to the charge box id)")
	// staging simulator fleet shares one BasicAuthPassword (the CSMS accepts it for SIM-* only)
	flag.StringVar(&o.password, "basic-password", "⟦b50c_ocpp_basic_password:sim⟧", "OCPP 2.0.1 BasicAuthPassword")
	flag.StringVar(&o.authKey, "auth-key", "", "OCPP 1.6 AuthorizationKey (hex); used when -proto=ocpp1.6")
	flag.DurationVar(&o.interval, "meter-interval", 30*time.Second, "MeterValues interval")
	flag.BoolVar(&o.insecure, "insecure", false, "skip TLS verification (self-signed staging certs)")
	flag.Parse()
	return o
}

func basicHeader(user string, pass []byte) string {
	b := append([]byte(user+":"), pass...)
	return "Basic " + base64.StdEncoding.EncodeToString(b)
}

func hexDecode(s string) []byte {
	out := make([]byte, len(s)/2)
	for i := 0; i < len(out); i++ {
		fmt.Sscanf(s[2*i:2*i+2], "%02x", &out[i])
	}
	return out
}

func runStation(ctx context.Context, o options, id string, log *slog.Logger) error {
	h := http.Header{}
	h.Set("Sec-WebSocket-Protocol", o.proto)
	user := id
	if o.user != "" {
		user = o.user
	}
	switch {
	case o.proto == "ocpp1.6" && o.authKey != "":
		h.Set("Authorization", basicHeader(user, hexDecode(o.authKey)))
	case o.password != "":
		h.Set("Authorization", basicHeader(user, []byte(o.password)))
	}
	d := websocket.Dialer{HandshakeTimeout: 10 * time.Second}
	conn, resp, err := d.DialContext(ctx, o.csms+"/"+id, h)
	if err != nil {
		if resp != nil {
			return fmt.Errorf("%s: dial: %w (HTTP %d)", id, err, resp.StatusCode)
		}
		return fmt.Errorf("%s: dial: %w", id, err)
	}
	defer conn.Close()
	log.Info("connected", "id", id)
	st := newStation(id, o.proto, conn, log)
	return st.loop(ctx, o.interval, rand.New(rand.NewSource(time.Now().UnixNano())))
}

func main() {
	o := parseFlags()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt)
	defer cancel()
	var wg sync.WaitGroup
	for i := 1; i <= o.count; i++ {
		id := fmt.Sprintf("%s-%04d", o.prefix, i)
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := runStation(ctx, o, id, log); err != nil {
				log.Error("station stopped", "id", id, "err", err)
			}
		}()
		time.Sleep(50 * time.Millisecond)
	}
	wg.Wait()
}
