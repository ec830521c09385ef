module AuthHelpers
  TEST_PASSWORD = "password".freeze
  TEST_TOKEN = "test-token".freeze

  def sign_in_as(user, password: TEST_PASSWORD)
    post user_session_path, params: { user: { email: user.email, password: password } }
  end

  def auth_headers(token = TEST_TOKEN)
    { "Authorization" => "Bearer #{token}", "X-Api-Key" => "fake-api-key" }
  end

  def stub_stripe!
    allow(Stripe).to receive(:api_key).and_return("sk_test_123")
  end
end

RSpec.configure { |c| c.include AuthHelpers, type: :request }
