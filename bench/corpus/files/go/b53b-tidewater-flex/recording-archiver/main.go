// recording-archiver copies completed Twilio recordings to S3 (SSE-KMS) and deletes them from
// Twilio after the retention period. It is notified by the recording-status serverless function.
package main

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
)

const (
	twilioAccountSID = "⟦twilio_account_sid:go⟧"
	twilioAPIKeySID  = "⟦twilio_api_key_sid:go⟧"
	// API key secret of "rec-archiver (prod)"; overridden by TWILIO_API_SECRET in the pod
	twilioAPISecretDefault = "⟦twilio_api_key_secret:go⟧"

	bucket   = "tw-flex-recordings-prod"
	kmsKeyID = "alias/flex-recordings"
)

// Static credentials for the on-prem replica (no IRSA there). TODO: vault agent.
var (
	onPremAccessKey = "⟦aws_access_key_id:onprem⟧"
	onPremSecretKey = "⟦aws_secret_access_key:onprem⟧"
)

type notification struct {
	RecordingSid string `json:"recordingSid"`
	CallSid      string `json:"callSid"`
	Duration     int    `json:"duration"`
}

func env(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func s3Client(ctx context.Context) (*s3.Client, error) {
	if os.Getenv("ARCHIVER_ONPREM") == "1" {
		cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1"),
			config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(onPremAccessKey, onPremSecretKey, "")))
		if err != nil {
			return nil, err
		}
		return s3.NewFromConfig(cfg), nil
	}
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1"))
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg), nil
}

func verify(secret string, body []byte, sig string) bool {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(sig))
}

func archive(ctx context.Context, s3c *s3.Client, n notification) error {
	url := fmt.Sprintf("https://api.twilio.com/2010-04-01/Accounts/%s/Recordings/%s.wav", twilioAccountSID, n.RecordingSid)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	req.SetBasicAuth(twilioAPIKeySID, env("TWILIO_API_SECRET", twilioAPISecretDefault))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		return fmt.Errorf("twilio %d: %s", resp.StatusCode, b)
	}
	key := fmt.Sprintf("recordings/%s/%s.wav", time.Now().UTC().Format("2006/01/02"), n.RecordingSid)
	_, err = s3c.PutObject(ctx, &s3.PutObjectInput{
		Bucket:               aws.String(bucket),
		Key:                  aws.String(key),
		Body:                 resp.Body,
		ContentType:          aws.String("audio/wav"),
		ServerSideEncryption: types.ServerSideEncryptionAwsKms,
		SSEKMSKeyId:          aws.String(kmsKeyID),
		Metadata:             map[string]string{"call-sid": n.CallSid},
	})
	return err
}

func main() {
	ctx := context.Background()
	s3c, err := s3Client(ctx)
	if err != nil {
		slog.Error("s3 client", "err", err)
		os.Exit(1)
	}
	secret := os.Getenv("ARCHIVER_WEBHOOK_SECRET")

	http.HandleFunc("/v1/recordings", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(io.LimitReader(r.Body, 1<<16))
		if !verify(secret, body, r.Header.Get("X-Tidewater-Signature")) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		var n notification
		if err := json.Unmarshal(body, &n); err != nil {
			http.Error(w, "bad json", http.StatusBadRequest)
			return
		}
		if err := archive(r.Context(), s3c, n); err != nil {
			slog.Error("archive failed", "recording", n.RecordingSid, "err", err)
			http.Error(w, "archive failed", http.StatusBadGateway)
			return
		}
		w.WriteHeader(http.StatusAccepted)
	})
	slog.Info("listening", "addr", ":8080")
	_ = http.ListenAndServe(":8080", nil)
}
