# frozen_string_literal: true

# Fake credentials for the unit specs. WebMock blocks every real request, so none of these
# ever leaves the machine; they only need the right shape.
module FakeCredentials
  BRAINTREE = {
    environment: :sandbox,
    merchant_id: "merchant_id",
    public_key: "public_key",
    private_key: "private_key",
  }.freeze

  STRIPE_SECRET_KEY = "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx"
  MAILGUN_API_KEY   = "key-00000000000000000000000000000000"
  WEBHOOK_SECRET    = "whsec_test_secret"
  API_KEY           = "your-api-key-here"
  DB_PASSWORD       = "changeme"
  ACCESS_TOKEN      = "access_token$sandbox$dummy$0000"
  AUTH_HEADER       = "Bearer test-token"
  PASSWORD_PROMPT   = "Password:"

  def self.env
    {
      "BT_ACCESS_TOKEN" => ACCESS_TOKEN,
      "MAILGUN_API_KEY" => MAILGUN_API_KEY,
      "STRIPE_SECRET_KEY" => STRIPE_SECRET_KEY,
    }
  end
end
