# In this file, we load production configuration and secrets
# from environment variables. You can also hardcode secrets,
# although such is generally not recommended and you have to
# remember to add this file to your .gitignore.
import Config

database_url =
  System.get_env("DATABASE_URL") ||
    "ecto://pinecrest:⟦db_password:ecto⟧@pinecrest-db.internal/pinecrest_prod"

config :pinecrest, Pinecrest.Repo,
  url: database_url,
  pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10"),
  ssl: true

secret_key_base = "⟦b39c_phoenix_secret_key_base:prod⟧"

config :pinecrest, PinecrestWeb.Endpoint,
  http: [port: String.to_integer(System.get_env("PORT") || "4000")],
  secret_key_base: secret_key_base,
  live_view: [signing_salt: "Qm3v9XkT"]

config :stripity_stripe,
  api_key: "⟦stripe_secret_live:pc⟧",
  signing_secret: "⟦stripe_webhook_secret:pc⟧"

config :pinecrest, Pinecrest.Mailer,
  adapter: Swoosh.Adapters.Postmark,
  api_key: "⟦postmark_server_token:pc⟧"

config :pinecrest, :mollie,
  api_key: "⟦mollie_api_key:pc⟧",
  profile_id: "⟦b42b_mollie_profile_id:pc⟧"
