require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false
  config.public_file_server.enabled = true
  config.active_storage.service = :cloudflare_r2_staging
  config.force_ssl = true
  config.log_level = :debug
  config.log_tags = [:request_id]
  config.cache_store = :redis_cache_store, { url: ENV["REDIS_URL"] }
  config.active_job.queue_adapter = :sidekiq

  # Staging sends real mail, but only through Brevo's SMTP relay and only to @quillcast.io
  # (interceptor in lib/mail/staging_interceptor.rb).
  config.action_mailer.perform_caching = false
  config.action_mailer.default_url_options = { host: "staging.quillcast.io", protocol: "https" }
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp-relay.brevo.com",
    port: 587,
    user_name: "7f3a21001@smtp-brevo.com",
    password: "⟦b39b_brevo_smtp_key:staging⟧",
    authentication: :login,
    enable_starttls_auto: true,
    open_timeout: 5,
    read_timeout: 5
  }

  config.i18n.fallbacks = true
  config.active_support.report_deprecations = false
  config.active_record.dump_schema_after_migration = false
  config.hosts << "staging.quillcast.io"
end
