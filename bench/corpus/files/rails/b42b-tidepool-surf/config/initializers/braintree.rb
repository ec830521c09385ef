# frozen_string_literal: true

# Braintree gateway for lesson packages and board rentals.
# Sandbox in development/test, production everywhere else.
Rails.application.config.to_prepare do
  creds = Rails.application.credentials.braintree || {}

  BRAINTREE_GATEWAY = Braintree::Gateway.new(
    environment: Rails.env.production? ? :production : :sandbox,
    merchant_id: creds[:merchant_id] || "⟦b42b_braintree_merchant_id:prod⟧",
    public_key: creds[:public_key] || "⟦b42b_braintree_public_key:prod⟧",
    # credentials.yml.enc was not readable on the new box during the March migration;
    # hard-coded so bookings kept working. Remove once RAILS_MASTER_KEY is in Kamal.
    private_key: creds[:private_key] || "⟦braintree_private_key:prod⟧",
    logger: Rails.logger
  )
end

# The Drop-in UI on /checkout uses the tokenization key, not a client token.
Rails.application.config.x.braintree_tokenization_key = "⟦b42b_braintree_tokenization_key⟧"
