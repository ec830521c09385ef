import Config

# Production config for the Loom & Thread storefront.
# NOTE: runtime.exs overrides most of this when the env vars are present (fly.io);
# the values below are what the old Hetzner box still boots with.

config :loom, LoomWeb.Endpoint,
  url: [host: "shop.loomandthread.co", port: 443, scheme: "https"],
  cache_static_manifest: "priv/static/cache_manifest.json",
  secret_key_base: "⟦b39c_phoenix_secret_key_base⟧",
  live_view: [signing_salt: "q1ZVb7xE"],
  server: true

config :loom, Loom.Repo,
  username: "loom",
  password: "⟦db_password:repo⟧",
  hostname: "10.0.4.12",
  database: "loom_prod",
  pool_size: 15,
  ssl: true,
  ssl_opts: [verify: :verify_none]

config :stripity_stripe,
  api_key: System.get_env("STRIPE_SECRET_KEY", "⟦stripe_secret_live⟧"),
  signing_secret: "⟦stripe_webhook_secret⟧"

config :loom, Loom.Mailer,
  adapter: Swoosh.Adapters.Mailgun,
  api_key: "⟦mailgun_api_key⟧",
  domain: "mg.loomandthread.co",
  base_url: "https://api.eu.mailgun.net/v3"

config :swoosh, :api_client, Swoosh.ApiClient.Finch

config :loom, :uploads,
  bucket: "loom-product-images",
  region: "fr-par",
  endpoint: "s3.fr-par.scw.cloud",
  access_key_id: "⟦scaleway_access_key⟧",
  secret_access_key: "⟦scaleway_secret_key⟧"

config :logger, level: :info

config :loom, Oban,
  repo: Loom.Repo,
  queues: [default: 10, mailers: 5, images: 3],
  plugins: [{Oban.Plugins.Pruner, max_age: 60 * 60 * 24 * 7}]
