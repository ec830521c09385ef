import Config

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      "ecto://phoenix:Ph0enix-Prod!@db.internal/app_prod"

  config :app, App.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      "⟦rails_secret_key_base|slice=0-64⟧"

  config :app, AppWeb.Endpoint,
    url: [host: "app.northwind-labs.com", port: 443, scheme: "https"],
    secret_key_base: secret_key_base

  config :app, App.Mailer,
    adapter: Swoosh.Adapters.Postmark,
    api_key: "⟦postmark_server_token⟧"

  config :stripity_stripe, api_key: "⟦stripe_restricted_live⟧"
end
