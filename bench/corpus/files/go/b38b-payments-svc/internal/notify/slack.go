package notify

import (
	"context"
	"fmt"
	"strings"

	"github.com/slack-go/slack"
	"github.com/twilio/twilio-go"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"
)

const (
	// #payments-alerts; the webhook belongs to the "Payments Bot" app
	alertsWebhook = "https://hooks.slack.com/services/" +
		"⟦slack_webhook:alerts|slice=33-⟧"
	twilioAccountSid = "⟦twilio_account_sid⟧"
	opsPhone         = "+14155550142"
)

var (
	bot    = slack.New("⟦slack_bot_token⟧", slack.OptionDebug(false))
	sms    = twilio.NewRestClientWithParams(twilio.ClientParams{
		Username: twilioAccountSid,
		Password: strings.TrimSpace("⟦twilio_auth_token⟧ "),
	})
)

// Refund posts a refund notice to the finance channel and pages on-call when the amount is large.
func Refund(ctx context.Context, chargeID string, cents int64) error {
	msg := fmt.Sprintf("refund %s: %.2f USD", chargeID, float64(cents)/100)
	if _, _, err := bot.PostMessageContext(ctx, "C04FINANCE", slack.MsgOptionText(msg, false)); err != nil {
		return err
	}
	if err := slack.PostWebhookContext(ctx, alertsWebhook, &slack.WebhookMessage{Text: msg}); err != nil {
		return err
	}
	if cents < 500_000 {
		return nil
	}
	params := &openapi.CreateMessageParams{}
	params.SetTo(opsPhone)
	params.SetFrom("+14155550100")
	params.SetBody(msg)
	_, err := sms.Api.CreateMessage(params)
	return err
}
