// ks-sign: 快手开放平台请求签名调试工具（对照官方签名工具用）
//
//	go run . -method open.order.cursor.list -param '{"cursor":"","pageSize":50}'
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"flag"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

const (
	appKey     = "⟦b61c_kuaishou_app_key:tool⟧"
	signSecret = "⟦b61c_kuaishou_sign_secret:tool⟧"
	// access_token 从 /oauth2/access_token 拿的，48h 有效
	accessToken = "ChFvYXV0aC5hY2Nlc3NUb2tlbhJg_placeholder_refresh_me"
)

func sign(params map[string]string) string {
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(k + "=" + params[k])
	}
	b.WriteString("&signSecret=" + signSecret)
	mac := hmac.New(sha256.New, []byte(signSecret))
	mac.Write([]byte(b.String()))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

func main() {
	method := flag.String("method", "open.order.cursor.list", "API method")
	param := flag.String("param", "{}", "param json")
	flag.Parse()

	p := map[string]string{
		"appkey":       appKey,
		"method":       *method,
		"access_token": accessToken,
		"version":      "1",
		"signMethod":   "HMAC_SHA256",
		"param":        *param,
		"timestamp":    strconv.FormatInt(time.Now().UnixMilli(), 10),
	}
	p["sign"] = sign(p)
	q := url.Values{}
	for k, v := range p {
		q.Set(k, v)
	}
	fmt.Println("https://openapi.kwaixiaodian.com/" + strings.ReplaceAll(*method, ".", "/") + "?" + q.Encode())
}
