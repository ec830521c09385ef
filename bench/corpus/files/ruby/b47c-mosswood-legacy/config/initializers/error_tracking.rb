# frozen_string_literal: true

# Error tracking for the legacy Rails admin (admin.mosswood.shop).
# We are halfway through moving from Rollbar to Honeybadger (OPS-771); both run in production
# until the Rollbar contract ends in September.

Rollbar.configure do |config|
  config.access_token = ENV.fetch('ROLLBAR_ACCESS_TOKEN', '⟦rollbar_token:legacy⟧')
  config.enabled = Rails.env.production? || Rails.env.staging?
  config.environment = ENV['ROLLBAR_ENV'].presence || Rails.env
  config.exception_level_filters.merge!(
    'ActionController::RoutingError' => 'ignore',
    'ActiveRecord::RecordNotFound' => 'ignore'
  )
  config.scrub_fields |= %i[password password_confirmation card_number cvv api_key token]
  config.use_sidekiq 'queue' => 'rollbar'
end

# Self-hosted Sentry 9 (sentry.mosswood.internal) still receives the admin's background jobs through the
# old raven gem; the DSN has the secret part because sentry 9 rejects keyless server events.
Raven.configure do |config|
  config.dsn = 'https://⟦b47c_sentry_public_key:raven⟧:⟦b47c_sentry_dsn_secret:raven⟧@sentry.mosswood.internal/4'
  config.environments = %w[production]
  config.sanitize_fields = Rails.application.config.filter_parameters.map(&:to_s)
end

Honeybadger.configure do |config|
  config.api_key = '⟦b47c_honeybadger_api_key:legacy⟧'
  config.env = Rails.env
  config.exceptions.ignore += [ActionController::RoutingError]
  config.request.filter_keys += %w[authorization password card_number]
  config.breadcrumbs.enabled = true
  config.insights.enabled = false
end

