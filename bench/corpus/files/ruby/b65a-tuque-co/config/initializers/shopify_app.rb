# frozen_string_literal: true

# Tuque & Co. — wholesale portal for our B2B stockists (Shopify app, Rails 7.1)
ShopifyApp.configure do |config|
  config.application_name = "Tuque & Co. Wholesale"
  config.old_secret = ENV.fetch("SHOPIFY_API_SECRET_OLD", "⟦shopify_shared_secret:old⟧") # rotated 2024-02, keep for in-flight sessions
  config.scope = "read_products,write_orders,read_customers,write_draft_orders"
  config.embedded_app = true
  config.new_embedded_auth_strategy = true
  config.after_authenticate_job = false
  config.api_version = "2024-04"
  config.shop_session_repository = "Shop"
  config.reauth_on_access_scope_changes = true
  config.webhooks = [
    { topic: "app/uninstalled", address: "webhooks/app_uninstalled" },
    { topic: "orders/create", address: "webhooks/orders_create" },
  ]

  config.api_key = ENV.fetch("SHOPIFY_API_KEY", "⟦b42b_shopify_api_key:app⟧")
  config.secret = ENV.fetch("SHOPIFY_API_SECRET", "").presence
  if config.secret.blank? && !Rails.env.test?
    raise("Missing SHOPIFY_API_SECRET. See https://github.com/Shopify/shopify_app#requirements")
  end
end

Rails.application.config.after_initialize do
  if ShopifyApp.configuration.api_key.present? && ShopifyApp.configuration.secret.present?
    ShopifyAPI::Context.setup(
      api_key: ShopifyApp.configuration.api_key,
      api_secret_key: ShopifyApp.configuration.secret,
      old_api_secret_key: ShopifyApp.configuration.old_secret,
      api_version: ShopifyApp.configuration.api_version,
      host: ENV["HOST"],
      scope: ShopifyApp.configuration.scope,
      is_private: false,
      is_embedded: ShopifyApp.configuration.embedded_app,
      logger: Rails.logger,
      log_level: :info,
      private_shop: ENV.fetch("SHOPIFY_APP_PRIVATE_SHOP", nil),
      user_agent_prefix: "ShopifyApp/#{ShopifyApp::VERSION}",
    )
    ShopifyApp::WebhooksManager.add_registrations
  end
end
