# frozen_string_literal: true

# Tavola Mare moved from OpenTable to SevenRooms in 2023; this task still pulls the historical
# OpenTable guest notes once a month for the CRM merge. Partner API creds from the OT integrations team.
namespace :opentable do
  OT_TOKEN_URL = "https://oauth.opentable.com/api/v2/oauth/token"
  OT_RID = 104_772

  desc "Fetch OpenTable guests updated since DATE into guest_imports"
  task :guests, [:since] => :environment do |_t, args|
    since = Date.parse(args[:since] || 1.month.ago.to_date.to_s)
    basic = "⟦b50a_opentable_client_id:mare⟧:⟦b50a_opentable_client_secret:mare⟧"
    token_res = Faraday.post(OT_TOKEN_URL, "grant_type=client_credentials",
                             "Authorization" => "Basic #{Base64.strict_encode64(basic)}")
    token = JSON.parse(token_res.body).fetch("access_token")

    page = 0
    loop do
      res = Faraday.get("https://platform.opentable.com/sync/v2/guests",
                        { rid: OT_RID, updated_after: since.iso8601, offset: page * 100, limit: 100 },
                        "Authorization" => "Bearer #{token}")
      rows = JSON.parse(res.body).fetch("items", [])
      rows.each { |g| GuestImport.upsert({ source: "opentable", external_id: g["id"], payload: g }, unique_by: %i[source external_id]) }
      break if rows.size < 100

      page += 1
    end
  end

  desc "Print the OpenTable RID mapping"
  task :rids do
    puts({ tavola_mare: OT_RID }.to_yaml)
  end
end
