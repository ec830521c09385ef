// grab-settlement pulls the daily GrabPay settlement report and stores it in OBS.
package main

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"strings"
	"time"
)

var (
	partnerID     = flag.String("partner-id", envOr("GRAB_PARTNER_ID", "⟦b58a_grab_partner_id:prod⟧"), "Grab partner id")
	partnerSecret = flag.String("partner-secret", envOr("GRAB_PARTNER_SECRET", "⟦b58a_grab_partner_secret:old⟧"), "Grab partner secret (HMAC)")
	day           = flag.String("day", time.Now().AddDate(0, 0, -1).Format("2006-01-02"), "settlement day")
	outDir        = flag.String("out", "/var/lib/grab-settlement", "output directory")
)

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func sign(method, path, contentType, date, body string) string {
	h := ""
	if body != "" {
		sum := sha256.Sum256([]byte(body))
		h = base64.StdEncoding.EncodeToString(sum[:])
	}
	msg := strings.Join([]string{method, contentType, date, path, h}, "\n") + "\n"
	mac := hmac.New(sha256.New, []byte(*partnerSecret))
	mac.Write([]byte(msg))
	return *partnerID + ":" + base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

func main() {
	flag.Parse()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	path := fmt.Sprintf("/grabpay/partner/v2/settlements?date=%s", *day)
	date := time.Now().UTC().Format(http.TimeFormat)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://partner-api.grab.com"+path, nil)
	req.Header.Set("Date", date)
	req.Header.Set("Authorization", sign(http.MethodGet, path, "", date, ""))

	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatalf("request: %v", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		b, _ := io.ReadAll(resp.Body)
		log.Fatalf("grab %d: %s", resp.StatusCode, b)
	}
	f, err := os.Create(fmt.Sprintf("%s/grab_settlement_%s.csv", *outDir, *day))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	n, _ := io.Copy(f, resp.Body)
	log.Printf("wrote %d bytes for %s", n, *day)
}
