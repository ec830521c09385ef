package config

import (
	"fmt"
	"os"
)

type Secrets struct {
	DBPassword  string `envconfig:"DB_PASSWORD" required:"true"`
	StripeKey   string `env:"STRIPE_SECRET_KEY,required"`
	GitHubToken string `env:"GITHUB_TOKEN" envDefault:""`
	APIKey      string `mapstructure:"api_key"`
}

func mustEnv(name string) string {
	v := os.Getenv(name)
	if v == "" {
		panic(fmt.Sprintf("%s is required", name))
	}
	return v
}

var sessionSecret = mustEnv("SESSION_SECRET")
