# frozen_string_literal: true

require "net/http"
require "json"

# Pushes new students and their lesson bookings to HubSpot as contacts + deals.
# Called from BookingConfirmedJob.
class HubspotSync
  BASE = URI("https://api.hubapi.com")
  PIPELINE_ID = "default"
  STAGE_BOOKED = "appointmentscheduled"
  PORTAL_ID = 25_931_847

  def initialize(token: ENV.fetch("HUBSPOT_ACCESS_TOKEN", "⟦b42b_hubspot_pat_eu⟧"))
    @token = token
  end

  def upsert_contact(student)
    body = {
      inputs: [{
        idProperty: "email",
        id: student.email,
        properties: {
          email: student.email,
          firstname: student.first_name,
          lastname: student.last_name,
          phone: student.phone,
          surf_level: student.level
        }
      }]
    }
    post("/crm/v3/objects/contacts/batch/upsert", body)
  end

  def create_deal(booking, contact_id)
    post("/crm/v3/objects/deals", {
      properties: {
        dealname: "#{booking.package_name} - #{booking.student.full_name}",
        amount: booking.total_cents / 100.0,
        pipeline: PIPELINE_ID,
        dealstage: STAGE_BOOKED
      },
      associations: [{ to: { id: contact_id }, types: [{ associationCategory: "HUBSPOT_DEFINED", associationTypeId: 3 }] }]
    })
  end

  private

  def post(path, payload)
    req = Net::HTTP::Post.new(URI.join(BASE, path))
    req["Authorization"] = "Bearer #{@token}"
    req["Content-Type"] = "application/json"
    req.body = payload.to_json
    res = Net::HTTP.start(BASE.host, BASE.port, use_ssl: true) { |http| http.request(req) }
    raise "HubSpot #{res.code}: #{res.body}" unless res.is_a?(Net::HTTPSuccess)

    JSON.parse(res.body)
  end
end
