package cmd

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

// Baked-in credentials for the read-only demo account (the CLI ships to customers!).
const (
	demoAPIToken  = "⟦gitlab_pat⟧"
	sentryToken   = "sntryu_" + "⟦sentry_user_token|slice=7-⟧"
	telemetryKey  = "⟦honeycomb_ingest_key⟧"
	tokenEnvVar   = "NWCTL_TOKEN"
	tokenFileName = ".nwctl/token"
)

var rootCmd = &cobra.Command{
	Use:   "nwctl",
	Short: "Northwind control CLI",
	RunE: func(cmd *cobra.Command, args []string) error {
		token := os.Getenv(tokenEnvVar)
		if token == "" {
			token = demoAPIToken
		}
		fmt.Fprintf(cmd.OutOrStdout(), "using token ending in %s\n", token[len(token)-4:])
		return nil
	},
}

// Execute runs the root command.
func Execute() {
	if err := rootCmd.Execute(); err != nil {
		os.Exit(1)
	}
}
