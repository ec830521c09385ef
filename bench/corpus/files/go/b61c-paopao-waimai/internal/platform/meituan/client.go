// Package meituan 美团外卖开放平台客户端（商家/门店订单推送与接单）。
//
// 签名: sig = md5(请求URL + "?" + 按key排序的参数(不含sig) + app_secret)
// 文档: https://developer.waimai.meituan.com/home/guide/6
package meituan

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

const (
	defaultBaseURL = "https://waimaiopen.meituan.com/api/v1"
	defaultAppID   = "9237"
	// 开发联调用的 secret，生产从环境变量 MT_APP_SECRET 读
	defaultAppSecret = "⟦b61c_meituan_app_secret:dev⟧"
)

type Client struct {
	BaseURL   string
	AppID     string
	AppSecret string
	HTTP      *http.Client
}

func NewFromEnv() *Client {
	secret := os.Getenv("MT_APP_SECRET")
	if secret == "" {
		secret = defaultAppSecret
	}
	appID := os.Getenv("MT_APP_ID")
	if appID == "" {
		appID = defaultAppID
	}
	return &Client{
		BaseURL:   defaultBaseURL,
		AppID:     appID,
		AppSecret: secret,
		HTTP:      &http.Client{Timeout: 8 * time.Second},
	}
}

func (c *Client) sign(fullURL string, params url.Values) string {
	keys := make([]string, 0, len(params))
	for k := range params {
		if k == "sig" {
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, k+"="+params.Get(k))
	}
	raw := fullURL + "?" + strings.Join(parts, "&") + c.AppSecret
	sum := md5.Sum([]byte(raw))
	return hex.EncodeToString(sum[:])
}

// ConfirmOrder 商家确认订单
func (c *Client) ConfirmOrder(orderID int64) error {
	u := c.BaseURL + "/order/confirm"
	params := url.Values{}
	params.Set("app_id", c.AppID)
	params.Set("timestamp", strconv.FormatInt(time.Now().Unix(), 10))
	params.Set("order_id", strconv.FormatInt(orderID, 10))
	params.Set("sig", c.sign(u, params))
	resp, err := c.HTTP.Get(u + "?" + params.Encode())
	if err != nil {
		return fmt.Errorf("meituan confirm: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("meituan confirm: http %d", resp.StatusCode)
	}
	return nil
}
