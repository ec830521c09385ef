# frozen_string_literal: true

# Back-office (Rails) ของ Baan Thai Deli — ใช้คืนเงิน (refund) และดูยอด settlement
require "omise"

Omise.api_version = "2019-05-29"

if Rails.env.production?
  Omise.public_api_key = ENV.fetch("OMISE_PUBLIC_KEY")
  Omise.secret_api_key = ENV.fetch("OMISE_SECRET_KEY")
else
  # test keys ของบัญชี dev (ใช้ร่วมกันทั้งทีม)
  Omise.public_api_key = ENV.fetch("OMISE_PUBLIC_KEY", "⟦b62c_omise_public_key:test⟧")
  Omise.secret_api_key = ENV.fetch("OMISE_SECRET_KEY", "⟦b62c_omise_secret_key:test⟧")
end

Omise.logger = Rails.logger if ENV["OMISE_DEBUG"].present?
