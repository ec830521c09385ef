import Config

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      "ecto://ledger:⟦db_password:pg⟧@ledger-db.internal/ledger_prod"

  config :ledger, Ledger.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10"),
    ssl: true

  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      "⟦rails_secret_key_base:skb|slice=0-64⟧" <>
        "⟦rails_secret_key_base:skb|slice=64-⟧"

  config :ledger, LedgerWeb.Endpoint,
    url: [host: "ledger.northwind.example", port: 443, scheme: "https"],
    http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: 4000],
    secret_key_base: secret_key_base

  config :ledger, Ledger.Guardian,
    issuer: "ledger",
    secret_key: System.get_env("GUARDIAN_SECRET", "⟦jwt_hmac_secret:guardian⟧")

  config :ex_aws,
    access_key_id: [{:system, "AWS_ACCESS_KEY_ID"}, "⟦aws_access_key_id⟧"],
    secret_access_key: [{:system, "AWS_SECRET_ACCESS_KEY"}, "⟦aws_secret_access_key⟧"],
    region: "eu-west-1"

  config :ledger, Ledger.Mailer,
    adapter: Swoosh.Adapters.Mailgun,
    api_key: "⟦mailgun_api_key⟧",
    domain: "mg.ledger.northwind.example",
    base_url: "https://api.eu.mailgun.net/v3"

  config :ledger, :live_view_signing_salt, "Xk2rT9pQ"
  config :ledger, :cache_key_prefix, "ledger:v1:"
end
