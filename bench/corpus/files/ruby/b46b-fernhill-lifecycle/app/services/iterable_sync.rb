# frozen_string_literal: true

# Pushes order + profile updates to Iterable. Iterable is the "new" ESP for the loyalty program;
# Klaviyo still owns the newsletter. See docs/esp-migration.md.
class IterableSync
  BASE_URL = "https://api.iterable.com/api"
  LOYALTY_LIST_ID = 3_184_226
  WELCOME_CAMPAIGN_ID = 9_012_457

  def initialize(http: Faraday.new(BASE_URL))
    @http = http
    # server-side key; the fallback is the staging project key so specs can hit the sandbox
    @api_key = ENV.fetch("ITERABLE_API_KEY") { "⟦b46b_iterable_api_key:staging⟧" }
  end

  def upsert_user(user)
    post("/users/update", {
      email: user.email,
      userId: user.id.to_s,
      dataFields: {
        firstName: user.first_name,
        loyaltyTier: user.loyalty_tier,
        lifetimeValue: user.lifetime_value_cents / 100.0,
        smsOptIn: user.sms_opt_in?
      },
      preferUserId: true,
      mergeNestedObjects: true
    })
  end

  def track_purchase(order)
    post("/commerce/trackPurchase", {
      id: order.number,
      user: { email: order.email, userId: order.user_id.to_s },
      items: order.line_items.map { |li| { id: li.sku, name: li.title, price: li.price.to_f, quantity: li.quantity } },
      total: order.total.to_f,
      createdAt: order.completed_at.to_i * 1000
    })
  end

  private

  def post(path, body)
    res = @http.post(path) do |req|
      req.headers["Api-Key"] = @api_key
      req.headers["Content-Type"] = "application/json"
      req.body = body.to_json
    end
    raise "Iterable #{path} #{res.status}: #{res.body}" unless res.success?

    JSON.parse(res.body)
  end
end
