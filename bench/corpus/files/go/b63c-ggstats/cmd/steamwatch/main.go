// steamwatch: polls friends' Steam status and posts "X started playing Y" to discord.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"strings"
	"time"
)

const (
	steamAPIKey = "⟦b39c_steam_web_api_key:watch⟧"
	// 64-bit SteamIDs of the squad (public profile ids)
	squad = "76561198041237765,76561198112904433,76561198305512207,76561199011423876"
)

type player struct {
	SteamID       string `json:"steamid"`
	PersonaName   string `json:"personaname"`
	GameExtraInfo string `json:"gameextrainfo"`
}

func summaries() ([]player, error) {
	url := fmt.Sprintf("https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=%s&steamids=%s", steamAPIKey, squad)
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out struct {
		Response struct {
			Players []player `json:"players"`
		} `json:"response"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	return out.Response.Players, nil
}

func post(webhook, msg string) {
	body, _ := json.Marshal(map[string]string{"content": msg})
	if _, err := http.Post(webhook, "application/json", bytes.NewReader(body)); err != nil {
		log.Printf("webhook: %v", err)
	}
}

func main() {
	webhook := os.Getenv("DISCORD_WEBHOOK_URL")
	if webhook == "" {
		log.Fatal("DISCORD_WEBHOOK_URL not set")
	}
	playing := map[string]string{}
	for {
		ps, err := summaries()
		if err != nil {
			log.Printf("steam: %v", err)
		}
		for _, p := range ps {
			if p.GameExtraInfo != "" && playing[p.SteamID] != p.GameExtraInfo {
				post(webhook, fmt.Sprintf("🎮 **%s** started playing **%s**", p.PersonaName, strings.TrimSpace(p.GameExtraInfo)))
			}
			playing[p.SteamID] = p.GameExtraInfo
		}
		time.Sleep(2 * time.Minute)
	}
}
