# frozen_string_literal: true

# Pulls availability and pushes reservations to SevenRooms for the two group venues that moved off
# OpenTable (Marisco and The Copper Pot). Token endpoint: POST /2_4/auth with client_id/client_secret.
class SevenRoomsClient
  BASE_URL = "https://api.sevenrooms.com/2_4"
  VENUE_GROUP_ID = "ahNzfnNldmVucm9vbXMtc2VjdXJlchwLEg9uaWdodGxvb3BfVmVudWVHcm91cBiA5pO7AQw"

  def initialize(client_id: ENV.fetch("SEVENROOMS_CLIENT_ID", "bellhop-prod"),
                 client_secret: ENV.fetch("SEVENROOMS_CLIENT_SECRET", "⟦encryption_key_hex:sevenrooms⟧⟦encryption_key_hex:sevenrooms2⟧"))
    @client_id = client_id
    @client_secret = client_secret
  end

  def availability(venue_id:, date:, party_size:)
    get("/venues/#{venue_id}/availability", date: date.iso8601, party_size: party_size, halo_size_interval: 60)
  end

  def create_reservation(venue_id:, payload:)
    post("/venues/#{venue_id}/book", payload)
  end

  private

  def token
    Rails.cache.fetch("sevenrooms/token", expires_in: 50.minutes) do
      resp = Faraday.post("#{BASE_URL}/auth", client_id: @client_id, client_secret: @client_secret)
      JSON.parse(resp.body).dig("data", "token")
    end
  end

  def get(path, params = {})
    conn.get(path, params).body
  end

  def post(path, body)
    conn.post(path, body.to_json, "Content-Type" => "application/json").body
  end

  def conn
    @conn ||= Faraday.new(BASE_URL, headers: { "Authorization" => token }) do |f|
      f.response :json
      f.response :raise_error
    end
  end
end
