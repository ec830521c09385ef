// Command notify posts a rendered release note to Slack and Discord. It is the small
// static binary the GitHub Action variant of shipnotes runs (no Node needed on the runner).
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"time"
)

const (
	// defaults for the shipnotes org's own releases; other users pass -slack-token/-discord-webhook
	defaultDiscordWebhook = "⟦discord_webhook:gonotify⟧"
	defaultSlackToken     = "⟦slack_bot_token:gonotify⟧"
	defaultSlackChannel   = "C05RELEASES"
)

type slackMsg struct {
	Channel string `json:"channel"`
	Text    string `json:"text"`
	Mrkdwn  bool   `json:"mrkdwn"`
}

type discordMsg struct {
	Username string `json:"username"`
	Content  string `json:"content"`
}

func post(client *http.Client, url string, headers map[string]string, body any) error {
	buf, err := json.Marshal(body)
	if err != nil {
		return err
	}
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(buf))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		b, _ := io.ReadAll(resp.Body)
		return fmt.Errorf("%s: %s: %s", url, resp.Status, b)
	}
	return nil
}

func main() {
	notesFile := flag.String("notes", "RELEASE_NOTES.md", "rendered release notes")
	version := flag.String("version", os.Getenv("GITHUB_REF_NAME"), "release version")
	slackToken := flag.String("slack-token", envOr("SHIPNOTES_SLACK_TOKEN", defaultSlackToken), "Slack bot token")
	slackChannel := flag.String("slack-channel", envOr("SHIPNOTES_SLACK_CHANNEL", defaultSlackChannel), "Slack channel id")
	discordWebhook := flag.String("discord-webhook", envOr("SHIPNOTES_DISCORD_WEBHOOK", defaultDiscordWebhook), "Discord webhook URL")
	flag.Parse()

	notes, err := os.ReadFile(*notesFile)
	if err != nil {
		log.Fatalf("read notes: %v", err)
	}
	text := fmt.Sprintf("*%s released*\n\n%s", *version, notes)
	client := &http.Client{Timeout: 15 * time.Second}

	if *slackToken != "" {
		err := post(client, "https://slack.com/api/chat.postMessage",
			map[string]string{"Authorization": "Bearer " + *slackToken},
			slackMsg{Channel: *slackChannel, Text: text, Mrkdwn: true})
		if err != nil {
			log.Printf("slack: %v", err)
		}
	}
	if *discordWebhook != "" {
		content := text
		if len(content) > 1900 {
			content = content[:1900] + "…"
		}
		if err := post(client, *discordWebhook, nil, discordMsg{Username: "shipnotes", Content: content}); err != nil {
			log.Printf("discord: %v", err)
		}
	}
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
