import Config

config :ledger, LedgerWeb.Endpoint,
  cache_static_manifest: "priv/static/cache_manifest.json",
  force_ssl: [hsts: true]

config :logger, level: :info

config :ledger, :sentry_dsn, "⟦sentry_dsn⟧"

config :ledger, Ledger.Slack,
  bot_token: "⟦slack_bot_token⟧",
  channel: "#ledger-alerts"

# Oban Web license key -- paid license for the oban_web package repository
config :ledger, :oban_license_key, "⟦generic_api_key_hex32:oban⟧"

config :ledger, Ledger.Vault,
  ciphers: [
    default: {Cloak.Ciphers.AES.GCM, tag: "AES.GCM.V1", key: Base.decode64!("⟦aes256_key_b64:cloak⟧"), iv_length: 12}
  ]
