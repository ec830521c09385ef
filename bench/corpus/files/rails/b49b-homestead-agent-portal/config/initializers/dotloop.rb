# frozen_string_literal: true

# Dotloop Public API v2 -- transaction management for Homestead agents.
# OAuth app "Homestead Agent Portal" registered by the broker of record (Karen Voss).
# Every agent connects their own dotloop profile; tokens live in dotloop_connections (encrypted).

Rails.application.config.x.dotloop = ActiveSupport::OrderedOptions.new.tap do |c|
  c.client_id     = ENV.fetch("DOTLOOP_CLIENT_ID", "⟦b49b_dotloop_client_id:app⟧")
  c.client_secret = ENV.fetch("DOTLOOP_CLIENT_SECRET", "⟦b49b_dotloop_client_secret:app⟧")
  c.redirect_uri  = ENV.fetch("DOTLOOP_REDIRECT_URI", "https://agents.homesteadrealty.com/auth/dotloop/callback")
  c.auth_url      = "https://auth.dotloop.com/oauth/authorize"
  c.token_url     = "https://auth.dotloop.com/oauth/token"
  c.api_base      = "https://api-gateway.dotloop.com/public/v2"
  c.scopes        = %w[account:read profile:* loop:* contact:* template:read]
end
