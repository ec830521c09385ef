// Package crypto wraps the exchange APIs used for the "crypto round-ups" feature.
package crypto

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"time"
)

// Binance spot testnet keys (testnet.binance.vision). Prod keys come from Vault via env.
const (
	binanceTestnetKey    = "⟦b44b_binance_api_key:go⟧"
	binanceTestnetSecret = "⟦b44b_binance_secret_key:go⟧"
)

type Binance struct {
	base   string
	key    string
	secret string
	hc     *http.Client
}

func NewBinance() *Binance {
	if os.Getenv("QUILLON_ENV") == "prod" {
		return &Binance{base: "https://api.binance.com", key: os.Getenv("BINANCE_API_KEY"), secret: os.Getenv("BINANCE_API_SECRET"), hc: http.DefaultClient}
	}
	return &Binance{base: "https://testnet.binance.vision", key: binanceTestnetKey, secret: binanceTestnetSecret, hc: http.DefaultClient}
}

func (b *Binance) sign(q url.Values) string {
	mac := hmac.New(sha256.New, []byte(b.secret))
	mac.Write([]byte(q.Encode()))
	return hex.EncodeToString(mac.Sum(nil))
}

// Account returns the raw /api/v3/account response.
func (b *Binance) Account() (*http.Response, error) {
	q := url.Values{}
	q.Set("timestamp", strconv.FormatInt(time.Now().UnixMilli(), 10))
	q.Set("recvWindow", "5000")
	q.Set("signature", b.sign(q))
	req, err := http.NewRequest(http.MethodGet, fmt.Sprintf("%s/api/v3/account?%s", b.base, q.Encode()), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-MBX-APIKEY", b.key)
	return b.hc.Do(req)
}
