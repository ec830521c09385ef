# frozen_string_literal: true

# Mailjet is used for the "Digest" sending pool (weekly digests, > 2M/week).
# API v3.1 for sending, v3 for contact lists / statistics.
require 'mailjet'

Mailjet.configure do |config|
  config.api_key = ENV.fetch('MJ_APIKEY_PUBLIC', '⟦b60a_mailjet_api_key:rails⟧')
  config.secret_key = ENV.fetch('MJ_APIKEY_PRIVATE', '⟦mailjet_secret:rails⟧')
  config.api_version = 'v3.1'
  config.default_from = 'digest@quillcast.io'
end

module Quillcast
  module MailjetPools
    DIGEST_CAMPAIGN_PREFIX = 'qc-digest'
    # Sub-account API keys per large customer (dedicated IPs) live in the publications table,
    # encrypted with ActiveRecord::Encryption.
  end
end
