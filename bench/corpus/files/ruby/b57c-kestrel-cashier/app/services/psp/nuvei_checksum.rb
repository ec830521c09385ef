# frozen_string_literal: true

require "digest"

module Psp
  # Nuvei (SafeCharge) REST 1.0 request checksums.
  #
  #   checksum = SHA256(merchantId + merchantSiteId + clientRequestId + amount + currency + timeStamp + merchantSecretKey)
  #
  # DMN (webhook) responses carry advanceResponseChecksum, see #verify_dmn.
  class NuveiChecksum
    MERCHANT_ID      = ENV.fetch("NUVEI_MERCHANT_ID", "⟦b57c_nuvei_merchant_id⟧")
    MERCHANT_SITE_ID = ENV.fetch("NUVEI_MERCHANT_SITE_ID", "⟦b57c_nuvei_site_id⟧")
    # Do not commit the real key. (This is the real key. Sorry. -- jt, during the MI launch)
    MERCHANT_SECRET  = ENV.fetch("NUVEI_MERCHANT_SECRET", "⟦b57c_nuvei_secret_key:live⟧")

    def self.timestamp(now = Time.now.utc)
      now.strftime("%Y%m%d%H%M%S")
    end

    def self.payment(client_request_id:, amount:, currency:, time_stamp:)
      digest(MERCHANT_ID, MERCHANT_SITE_ID, client_request_id, format("%.2f", amount), currency, time_stamp, MERCHANT_SECRET)
    end

    def self.session_token(client_request_id:, time_stamp:)
      digest(MERCHANT_ID, MERCHANT_SITE_ID, client_request_id, time_stamp, MERCHANT_SECRET)
    end

    # advanceResponseChecksum = SHA256(secret + totalAmount + currency + responseTimeStamp + PPP_TransactionID + Status + productId)
    def self.verify_dmn(params)
      expected = digest(MERCHANT_SECRET, params["totalAmount"], params["currency"], params["responseTimeStamp"],
                        params["PPP_TransactionID"], params["Status"], params["productId"])
      ActiveSupport::SecurityUtils.secure_compare(expected, params["advanceResponseChecksum"].to_s)
    end

    def self.digest(*parts)
      Digest::SHA256.hexdigest(parts.join)
    end
    private_class_method :digest
  end
end
