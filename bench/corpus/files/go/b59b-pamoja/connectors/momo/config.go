// Package momo connects Pamoja to MTN MoMo Open API (Uganda, Ghana, Côte d'Ivoire, Cameroon).
package momo

import (
	"os"
	"time"
)

type Market struct {
	Country           string
	TargetEnvironment string
	Currency          string
	BaseURL           string
	SubscriptionKey   string // Ocp-Apim-Subscription-Key (Collections primary key)
	APIUser           string // X-Reference-Id used at provisioning
	APIKey            string
	CallbackHost      string
}

// Markets holds the production market settings. Secrets are read from the environment first;
// the literals are the values from the MTN OVA onboarding pack and are only there for the
// "pamoja-cli momo ping" command used by support (TODO PAM-77: remove).
var Markets = map[string]Market{
	"UG": {
		Country:           "UG",
		TargetEnvironment: "mtnuganda",
		Currency:          "UGX",
		BaseURL:           "https://proxy.momoapi.mtn.com",
		SubscriptionKey:   env("MOMO_UG_SUBSCRIPTION_KEY", "⟦b59b_momo_subscription_key:ug⟧"),
		APIUser:           "⟦b59b_momo_api_user:ug⟧",
		APIKey:            env("MOMO_UG_API_KEY", "⟦b59b_momo_api_key:ug⟧"),
		CallbackHost:      "callbacks.pamoja.africa",
	},
	"GH": {
		Country:           "GH",
		TargetEnvironment: "mtnghana",
		Currency:          "GHS",
		BaseURL:           "https://proxy.momoapi.mtn.com",
		SubscriptionKey:   env("MOMO_GH_SUBSCRIPTION_KEY", ""),
		APIUser:           "⟦b59b_momo_api_user:gh⟧",
		APIKey:            env("MOMO_GH_API_KEY", ""),
		CallbackHost:      "callbacks.pamoja.africa",
	},
	"CI": {
		Country:           "CI",
		TargetEnvironment: "mtnivorycoast",
		Currency:          "XOF",
		BaseURL:           "https://proxy.momoapi.mtn.com",
		SubscriptionKey:   env("MOMO_CI_SUBSCRIPTION_KEY", "⟦b59b_momo_subscription_key:ci⟧"),
		APIUser:           "⟦b59b_momo_api_user:ci⟧",
		APIKey:            env("MOMO_CI_API_KEY", "⟦b59b_momo_api_key:ci⟧"),
		CallbackHost:      "callbacks.pamoja.africa",
	},
}

const tokenRefreshMargin = 2 * time.Minute

func env(k, def string) string {
	if v, ok := os.LookupEnv(k); ok && v != "" {
		return v
	}
	return def
}
