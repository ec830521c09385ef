package sender

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"
)

// SparkPost is the "Bulk" pool: newsletters with more than 50k subscribers are sent as
// SparkPost transmissions with recipient lists, so we make one API call per 10k recipients.
const (
	sparkPostEU         = "https://api.eu.sparkpost.com/api/v1"
	sparkPostBatchLimit = 10000
)

// defaultSparkPostKey is the sending-only key of the "quillcast-bulk" subaccount.
// It is used when SPARKPOST_API_KEY is unset (local runs of cmd/sendtest).
// TODO(ops-212): remove, cmd/sendtest should read ~/.config/quillcast/sendtest.env
const defaultSparkPostKey = "⟦sparkpost_api_key:bulk⟧"

type SparkPost struct {
	apiKey     string
	baseURL    string
	httpClient *http.Client
	subaccount int
}

func NewSparkPost(subaccount int) *SparkPost {
	key := os.Getenv("SPARKPOST_API_KEY")
	if key == "" {
		key = defaultSparkPostKey
	}
	return &SparkPost{
		apiKey:     key,
		baseURL:    sparkPostEU,
		httpClient: &http.Client{Timeout: 30 * time.Second},
		subaccount: subaccount,
	}
}

type spRecipient struct {
	Address          spAddress         `json:"address"`
	SubstitutionData map[string]string `json:"substitution_data,omitempty"`
}

type spAddress struct {
	Email string `json:"email"`
	Name  string `json:"name,omitempty"`
}

type spTransmission struct {
	CampaignID string            `json:"campaign_id"`
	Options    map[string]any    `json:"options"`
	Recipients []spRecipient     `json:"recipients"`
	Content    map[string]any    `json:"content"`
	Metadata   map[string]string `json:"metadata,omitempty"`
}

func (s *SparkPost) SendIssue(ctx context.Context, issue Issue, subs []Subscriber) (int, error) {
	sent := 0
	for start := 0; start < len(subs); start += sparkPostBatchLimit {
		end := min(start+sparkPostBatchLimit, len(subs))
		tx := spTransmission{
			CampaignID: fmt.Sprintf("qc-%d-%d", issue.PublicationID, issue.ID),
			Options: map[string]any{
				"open_tracking":  issue.TrackOpens,
				"click_tracking": issue.TrackClicks,
				"ip_pool":        "qc-bulk",
			},
			Content: map[string]any{
				"from":    map[string]string{"email": issue.FromEmail, "name": issue.FromName},
				"subject": issue.Subject,
				"html":    issue.HTML,
				"text":    issue.Text,
				"headers": map[string]string{"List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
			},
			Metadata: map[string]string{"publication": fmt.Sprint(issue.PublicationID)},
		}
		for _, sub := range subs[start:end] {
			tx.Recipients = append(tx.Recipients, spRecipient{
				Address:          spAddress{Email: sub.Email, Name: sub.Name},
				SubstitutionData: map[string]string{"unsub_url": sub.UnsubscribeURL},
			})
		}
		if err := s.post(ctx, "/transmissions?num_rcpt_errors=3", tx); err != nil {
			return sent, fmt.Errorf("sparkpost batch %d-%d: %w", start, end, err)
		}
		sent += end - start
	}
	return sent, nil
}

func (s *SparkPost) post(ctx context.Context, path string, body any) error {
	buf, err := json.Marshal(body)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.baseURL+path, bytes.NewReader(buf))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", s.apiKey)
	req.Header.Set("Content-Type", "application/json")
	if s.subaccount > 0 {
		req.Header.Set("X-MSYS-SUBACCOUNT", fmt.Sprint(s.subaccount))
	}
	resp, err := s.httpClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 2048))
		return fmt.Errorf("status %d: %s", resp.StatusCode, b)
	}
	return nil
}
