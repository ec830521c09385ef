# frozen_string_literal: true

# Video podcasts are hosted on Bunny Stream (library "hopsack-video").
# The library API key only works for this library; the account key is not needed here.
Rails.application.config.x.bunny_stream = ActiveSupport::OrderedOptions.new.tap do |c|
  c.library_id = ENV.fetch("BUNNY_STREAM_LIBRARY_ID", "318842")
  c.api_key    = ENV.fetch("BUNNY_STREAM_API_KEY", "⟦b66b_bunny_stream_api_key:video⟧")
  c.cdn_host   = ENV.fetch("BUNNY_STREAM_CDN_HOST", "vz-7c1a9e2f-4b3.b-cdn.net")
  c.base_url   = "https://video.bunnycdn.com/library/#{c.library_id}"
end

module BunnyStream
  class Client
    def initialize(cfg = Rails.application.config.x.bunny_stream)
      @cfg = cfg
      @http = Faraday.new(url: cfg.base_url) do |f|
        f.request :json
        f.response :json
        f.response :raise_error
        f.headers["AccessKey"] = cfg.api_key
      end
    end

    def create_video(title:, collection_id: nil)
      @http.post("videos", { title: title, collectionId: collection_id }.compact).body
    end

    def upload(video_id, io)
      @http.put("videos/#{video_id}") do |req|
        req.headers["Content-Type"] = "application/octet-stream"
        req.body = io.read
      end
    end

    def playlist_url(video_id)
      "https://#{@cfg.cdn_host}/#{video_id}/playlist.m3u8"
    end
  end
end
