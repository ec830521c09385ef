import Config

# config/runtime.exs is executed for all environments, including
# during releases. It is executed after compilation and before the
# system starts, so it is typically used to load production configuration
# and secrets from environment variables or elsewhere. Do not define
# any compile-time configuration in here, as it won't be applied.

if System.get_env("PHX_SERVER") do
  config :huddle, HuddleWeb.Endpoint, server: true
end

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      raise """
      environment variable DATABASE_URL is missing.
      For example: ecto://USER:PASS@HOST/DATABASE
      """

  maybe_ipv6 = if System.get_env("ECTO_IPV6") in ~w(true 1), do: [:inet6], else: []

  config :huddle, Huddle.Repo,
    ssl: true,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10"),
    socket_options: maybe_ipv6

  # The secret key base is used to sign/encrypt cookies and other secrets.
  # A default value is used in config/dev.exs and config/test.exs but you
  # want to use a different value for prod and you most likely don't want
  # to check this value into version control, so we use an environment
  # variable instead. You can generate one by calling: mix phx.gen.secret
  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      raise """
      environment variable SECRET_KEY_BASE is missing.
      You can generate one by calling: mix phx.gen.secret
      """

  host = System.get_env("PHX_HOST") || "huddle.chat"
  port = String.to_integer(System.get_env("PORT") || "4000")

  config :huddle, :dns_cluster_query, System.get_env("DNS_CLUSTER_QUERY")

  config :huddle, HuddleWeb.Endpoint,
    url: [host: host, port: 443, scheme: "https"],
    http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: port],
    secret_key_base: secret_key_base

  config :huddle, Huddle.Mailer, api_key: System.fetch_env!("POSTMARK_API_KEY")

  config :huddle, Huddle.Video,
    url: System.fetch_env!("LIVEKIT_URL"),
    api_key: System.fetch_env!("LIVEKIT_API_KEY"),
    api_secret: System.fetch_env!("LIVEKIT_API_SECRET")

  config :huddle, Huddle.Feeds,
    api_key: System.fetch_env!("STREAM_API_KEY"),
    api_secret: System.fetch_env!("STREAM_API_SECRET"),
    app_id: System.get_env("STREAM_APP_ID", "1288345")

  # Release-time build metadata
  config :huddle, :build,
    commit: System.get_env("GIT_SHA", "⟦git_sha:rel⟧"),
    image_digest: System.get_env("IMAGE_DIGEST", "⟦docker_digest:rel⟧")
end
