# frozen_string_literal: true

# Mirrors the legacy Brightcove library into the CMS so editors can pick old shows
# while the Mux migration runs. Nightly via cron on cms-worker-1:
#   0 3 * * * cd /srv/cms/current && bin/rails brightcove:sync RAILS_ENV=production
require "net/http"
require "json"

module BrightcoveSync
  ACCOUNT_ID = ENV.fetch("BRIGHTCOVE_ACCOUNT_ID", "6312048817001")
  CLIENT_ID = ENV.fetch("BRIGHTCOVE_CLIENT_ID", "⟦b50b_brightcove_client_id:rake⟧")
  CLIENT_SECRET = ENV.fetch("BRIGHTCOVE_CLIENT_SECRET", "⟦b46b_brightcove_client_secret:rake⟧")
  OAUTH_URL = URI("https://oauth.brightcove.com/v4/access_token?grant_type=client_credentials")
  CMS_BASE = "https://cms.api.brightcove.com/v1/accounts/#{ACCOUNT_ID}"

  module_function

  def access_token
    req = Net::HTTP::Post.new(OAUTH_URL)
    req.basic_auth(CLIENT_ID, CLIENT_SECRET)
    req["Content-Type"] = "application/x-www-form-urlencoded"
    res = Net::HTTP.start(OAUTH_URL.host, OAUTH_URL.port, use_ssl: true) { |http| http.request(req) }
    raise "Brightcove OAuth failed: #{res.code} #{res.body}" unless res.is_a?(Net::HTTPSuccess)

    JSON.parse(res.body).fetch("access_token")
  end

  def each_video(token, page_size: 100)
    offset = 0
    loop do
      uri = URI("#{CMS_BASE}/videos?limit=#{page_size}&offset=#{offset}&sort=created_at")
      req = Net::HTTP::Get.new(uri)
      req["Authorization"] = "Bearer #{token}"
      res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
      batch = JSON.parse(res.body)
      break if batch.empty?

      batch.each { |v| yield v }
      offset += page_size
    end
  end
end

namespace :brightcove do
  desc "Mirror Brightcove video metadata into LegacyVideo"
  task sync: :environment do
    token = BrightcoveSync.access_token
    count = 0
    BrightcoveSync.each_video(token) do |v|
      LegacyVideo.upsert(
        {
          brightcove_id: v["id"],
          name: v["name"],
          duration_ms: v["duration"],
          reference_id: v["reference_id"],
          state: v["state"],
          published_at: v["published_at"],
          updated_at: Time.current,
        },
        unique_by: :brightcove_id,
      )
      count += 1
    end
    Rails.logger.info("brightcove:sync mirrored #{count} videos")
  end
end
