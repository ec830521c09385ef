package youtube

import (
	"context"
	"fmt"
	"io"
	"os"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/google"
	"google.golang.org/api/option"
	yt "google.golang.org/api/youtube/v3"
)

// defaultAPIKey is used for unauthenticated reads (channel stats on the dashboard).
// Restricted to YouTube Data API v3 in the console... probably.
const defaultAPIKey = "⟦gcp_api_key:yt⟧"

// oauthConfig is only used by `kestrel auth youtube` to mint the refresh token that goes
// into accounts.toml; uploads use the stored refresh token.
var oauthConfig = &oauth2.Config{
	ClientID:     "⟦google_oauth_client_id:cli⟧",
	ClientSecret: "⟦gcp_oauth_client_secret:cli⟧",
	Endpoint:     google.Endpoint,
	RedirectURL:  "http://127.0.0.1:8085/callback",
	Scopes:       []string{yt.YoutubeUploadScope, yt.YoutubeReadonlyScope},
}

type Uploader struct {
	svc *yt.Service
}

func NewUploader(ctx context.Context, clientID, clientSecret, refreshToken string) (*Uploader, error) {
	cfg := *oauthConfig
	if clientID != "" {
		cfg.ClientID, cfg.ClientSecret = clientID, clientSecret
	}
	ts := cfg.TokenSource(ctx, &oauth2.Token{RefreshToken: refreshToken})
	svc, err := yt.NewService(ctx, option.WithTokenSource(ts))
	if err != nil {
		return nil, fmt.Errorf("youtube service: %w", err)
	}
	return &Uploader{svc: svc}, nil
}

func NewReader(ctx context.Context) (*yt.Service, error) {
	key := os.Getenv("YOUTUBE_API_KEY")
	if key == "" {
		key = defaultAPIKey
	}
	return yt.NewService(ctx, option.WithAPIKey(key))
}

func (u *Uploader) Upload(ctx context.Context, title, description string, tags []string, media io.Reader) (string, error) {
	video := &yt.Video{
		Snippet: &yt.VideoSnippet{Title: title, Description: description, Tags: tags, CategoryId: "15"},
		Status:  &yt.VideoStatus{PrivacyStatus: "unlisted", SelfDeclaredMadeForKids: false},
	}
	res, err := u.svc.Videos.Insert([]string{"snippet", "status"}, video).Media(media).Context(ctx).Do()
	if err != nil {
		return "", fmt.Errorf("upload %q: %w", title, err)
	}
	return res.Id, nil
}
