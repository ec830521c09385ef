package sms

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Backup SMS path for fire/EMS page-outs when Everbridge is degraded. Uses the county's Twilio
// subaccount "HC-ECC-Paging".
var (
	accountSID = "⟦twilio_account_sid:page⟧"
	authToken  = "⟦twilio_auth_token:page⟧"
	fromNumber = "+15555550199"
)

type Sender struct {
	http *http.Client
}

func New() *Sender { return &Sender{http: &http.Client{Timeout: 10 * time.Second}} }

func (s *Sender) Send(ctx context.Context, to, body string) error {
	form := url.Values{"To": {to}, "From": {fromNumber}, "Body": {body}}
	endpoint := fmt.Sprintf("https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json", accountSID)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.SetBasicAuth(accountSID, authToken)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := s.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("twilio: %s", resp.Status)
	}
	return nil
}
