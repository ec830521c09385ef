# frozen_string_literal: true

require "net/http"
require "json"

# Pushes list membership and user fields to Iterable for tenants that use it
# as their ESP. One instance per tenant; credentials come from the tenant's
# encrypted integration settings.
class IterableSync
  API = URI("https://api.iterable.com")
  BATCH = 1000

  # Shared "house" project used for Mailforge's own newsletter.
  # Server-side key. (The JS key below is the browser one and is fine to expose.)
  HOUSE_SERVER_KEY = ENV.fetch("ITERABLE_HOUSE_API_KEY", "⟦b46b_iterable_api_key:house⟧")
  HOUSE_JS_KEY = "⟦b46b_iterable_js_key:house⟧"

  def self.house
    new(api_key: HOUSE_SERVER_KEY, list_id: 4_418_220)
  end

  def initialize(api_key:, list_id:)
    @api_key = api_key
    @list_id = list_id
  end

  def subscribe(users)
    users.each_slice(BATCH) do |slice|
      post("/api/lists/subscribe", {
        listId: @list_id,
        subscribers: slice.map { |u| { email: u.email, dataFields: fields_for(u), preferUserId: false } },
        updateExistingUsersOnly: false
      })
    end
  end

  def unsubscribe(emails)
    emails.each_slice(BATCH) do |slice|
      post("/api/lists/unsubscribe", { listId: @list_id, subscribers: slice.map { |e| { email: e } } })
    end
  end

  private

  def fields_for(user)
    {
      firstName: user.first_name,
      plan: user.plan,
      signupSource: user.signup_source,
      lastOrderAt: user.last_order_at&.iso8601
    }.compact
  end

  def post(path, body)
    http = Net::HTTP.new(API.host, API.port)
    http.use_ssl = true
    req = Net::HTTP::Post.new(path, "Content-Type" => "application/json", "Api-Key" => @api_key)
    req.body = JSON.generate(body)
    res = http.request(req)
    raise "iterable #{path} failed: #{res.code} #{res.body}" unless res.is_a?(Net::HTTPSuccess)

    JSON.parse(res.body)
  end
end
