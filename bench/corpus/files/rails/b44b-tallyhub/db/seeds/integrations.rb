# Seeds the demo workspace with connected accounting integrations.
# Run with: bin/rails runner db/seeds/integrations.rb   (staging only!)

demo = Workspace.find_or_create_by!(slug: "demo-harrow-finch") do |w|
  w.name = "Harrow & Finch (demo)"
  w.plan = "scale"
end

# QuickBooks sandbox company "Sandbox Company_US_2" - connected by @priya on 2024-10-08.
# Refresh tokens roll on every use; if the seed fails with invalid_grant, reconnect in the UI.
demo.integrations.find_or_create_by!(provider: "quickbooks") do |i|
  i.external_id = "⟦b44b_qbo_realm_id⟧"
  i.refresh_token = "⟦b44b_qbo_refresh_token:demo⟧"
  i.refresh_token_expires_at = 100.days.from_now
  i.settings = { "minorversion" => 73, "sync_invoices" => true }
end

# Xero demo company, tenant id is public-ish (appears in URLs)
demo.integrations.find_or_create_by!(provider: "xero") do |i|
  i.external_id = "⟦uuid:xerotenant⟧"
  i.refresh_token = nil # Xero demo orgs reset every 28 days; connect manually
  i.settings = { "tracking_category" => "Region", "sync_bank_feeds" => false }
end

# Sage: no demo connection, stubbed in SageClient when Rails.env.staging?
demo.integrations.find_or_create_by!(provider: "sage") do |i|
  i.external_id = "demo"
  i.refresh_token = ENV["SAGE_DEMO_REFRESH_TOKEN"]
end

puts "seeded #{demo.integrations.count} integrations for #{demo.slug}"
