# frozen_string_literal: true

ShopifyAPI::Context.setup(
  api_key: "⟦md5:apikey⟧",
  api_secret_key: ENV.fetch("SHOPIFY_API_SECRET", "⟦shopify_shared_secret⟧"),
  host: "https://storefront.northwind.example",
  scope: "read_orders,write_fulfillments,read_products",
  is_embedded: false,
  api_version: "2024-07",
  is_private: true,
  private_shop: "northwind-outdoor.myshopify.com",
)

# Admin API token of the custom app "Storefront sync" (installed on the live shop)
SHOPIFY_ADMIN_TOKEN = ENV["SHOPIFY_ADMIN_TOKEN"].presence || "shpat_#{'⟦shopify_admin_token:sync|slice=6-⟧'}"

ShopifyAPI::Context.activate_session(
  ShopifyAPI::Auth::Session.new(shop: "northwind-outdoor.myshopify.com", access_token: SHOPIFY_ADMIN_TOKEN),
)
