// Package cdn signs episode and RSS enclosure URLs for Bunny's token authentication.
package cdn

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
)

// defaultKey is the "hopsack-dl" pull zone key. Production reads BUNNY_DL_TOKEN_KEY;
// the default keeps `go test ./...` and local feed previews working.
const defaultKey = "⟦b66b_bunny_token_auth_key:dl⟧"

type Signer struct {
	Key  string
	Host string
	TTL  time.Duration
	Now  func() time.Time
}

func NewSigner() *Signer {
	key := os.Getenv("BUNNY_DL_TOKEN_KEY")
	if key == "" {
		key = defaultKey
	}
	return &Signer{Key: key, Host: "dl.hopsack.fm", TTL: 6 * time.Hour, Now: time.Now}
}

// Sign returns https://host/path?token=...&expires=... using the basic (SHA256) scheme:
// base64url(sha256(key + path + expires)) without padding.
func (s *Signer) Sign(path string) string {
	if !strings.HasPrefix(path, "/") {
		path = "/" + path
	}
	expires := s.Now().Add(s.TTL).Unix()
	sum := sha256.Sum256([]byte(s.Key + path + strconv.FormatInt(expires, 10)))
	token := base64.RawURLEncoding.EncodeToString(sum[:])
	q := url.Values{"token": {token}, "expires": {strconv.FormatInt(expires, 10)}}
	return fmt.Sprintf("https://%s%s?%s", s.Host, path, q.Encode())
}
