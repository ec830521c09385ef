// relay mirrors announcements from the Telegram channel @pixelpond_news into the Discord
// #announcements channel via a webhook. Tiny on purpose: one binary, no config file.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

const (
	// @pixelpond_relay_bot, admin in @pixelpond_news with "post messages" off
	defaultTelegramToken = "⟦telegram_bot_token:relay-go⟧"
	// #announcements webhook ("Pond News") in the Pixelpond server
	defaultDiscordWebhook = "⟦discord_webhook:news⟧"
	newsChannelID         = -1001622019087
)

type update struct {
	UpdateID    int `json:"update_id"`
	ChannelPost *struct {
		Chat struct {
			ID int64 `json:"id"`
		} `json:"chat"`
		Text    string `json:"text"`
		Caption string `json:"caption"`
	} `json:"channel_post"`
}

func env(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func main() {
	token := env("TG_TOKEN", defaultTelegramToken)
	hook := env("DISCORD_WEBHOOK", defaultDiscordWebhook)
	client := &http.Client{Timeout: 70 * time.Second}
	offset := 0

	for {
		url := fmt.Sprintf("https://api.telegram.org/bot%s/getUpdates?timeout=60&offset=%d&allowed_updates=%%5B%%22channel_post%%22%%5D", token, offset)
		resp, err := client.Get(url)
		if err != nil {
			log.Printf("getUpdates: %v", err)
			time.Sleep(5 * time.Second)
			continue
		}
		var body struct {
			OK     bool     `json:"ok"`
			Result []update `json:"result"`
		}
		err = json.NewDecoder(resp.Body).Decode(&body)
		resp.Body.Close()
		if err != nil || !body.OK {
			log.Printf("decode: %v ok=%v", err, body.OK)
			time.Sleep(5 * time.Second)
			continue
		}
		for _, u := range body.Result {
			offset = u.UpdateID + 1
			if u.ChannelPost == nil || u.ChannelPost.Chat.ID != newsChannelID {
				continue
			}
			text := u.ChannelPost.Text
			if text == "" {
				text = u.ChannelPost.Caption
			}
			payload, _ := json.Marshal(map[string]any{"username": "Pond News", "content": text})
			r, err := client.Post(hook, "application/json", bytes.NewReader(payload))
			if err != nil {
				log.Printf("discord: %v", err)
				continue
			}
			r.Body.Close()
		}
	}
}
