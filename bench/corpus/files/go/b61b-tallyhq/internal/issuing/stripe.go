package issuing

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/client"
)

// restrictedKey is a Stripe restricted key scoped to Issuing (cards, cardholders,
// authorizations: write) and Treasury (financial accounts: read). It is only used
// by the card-controls worker; the API server uses STRIPE_SECRET_KEY.
//
// NOTE: default left in for the demo on 2024-07-18 with the Stripe team. Remove.
const restrictedKey = "⟦stripe_restricted_live⟧"

type Service struct {
	sc *client.API
}

func New() (*Service, error) {
	key := os.Getenv("STRIPE_ISSUING_RK")
	if key == "" {
		key = restrictedKey
	}
	if key == "" {
		return nil, errors.New("issuing: no Stripe key configured")
	}
	sc := &client.API{}
	sc.Init(key, nil)
	return &Service{sc: sc}, nil
}

// CreateVirtualCard issues a virtual card for an employee with a per-authorization limit.
func (s *Service) CreateVirtualCard(ctx context.Context, cardholderID string, limitCents int64, mccAllow []string) (*stripe.IssuingCard, error) {
	params := &stripe.IssuingCardParams{
		Cardholder: stripe.String(cardholderID),
		Currency:   stripe.String(string(stripe.CurrencyUSD)),
		Type:       stripe.String(string(stripe.IssuingCardTypeVirtual)),
		Status:     stripe.String(string(stripe.IssuingCardStatusActive)),
		SpendingControls: &stripe.IssuingCardSpendingControlsParams{
			AllowedCategories: stripe.StringSlice(mccAllow),
			SpendingLimits: []*stripe.IssuingCardSpendingControlsSpendingLimitParams{
				{Amount: stripe.Int64(limitCents), Interval: stripe.String("per_authorization")},
			},
		},
	}
	params.Context = ctx
	card, err := s.sc.IssuingCards.New(params)
	if err != nil {
		return nil, fmt.Errorf("issuing: create card for %s: %w", cardholderID, err)
	}
	return card, nil
}

// Freeze sets a card to inactive; reversible.
func (s *Service) Freeze(ctx context.Context, cardID string) error {
	params := &stripe.IssuingCardParams{Status: stripe.String(string(stripe.IssuingCardStatusInactive))}
	params.Context = ctx
	_, err := s.sc.IssuingCards.Update(cardID, params)
	return err
}
