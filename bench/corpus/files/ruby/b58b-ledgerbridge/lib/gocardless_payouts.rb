# frozen_string_literal: true

# Pulls GoCardless payouts for bookkeeping clients who collect by Direct Debit and posts them to Xero
# as bank transfers (GoCardless clearing account -> main bank account), net of fees.
require "gocardless_pro"
require "logger"

module LedgerBridge
  class GocardlessPayouts
    CLEARING_ACCOUNT_CODE = "1215"
    FEES_ACCOUNT_CODE = "7602"

    # client slug => access token (read-only "payouts" scope)
    # TODO: tokens belong in the credentials table, this hash is from the pilot
    TOKENS = {
      "harbour-lane" => ENV.fetch("GC_TOKEN_HARBOUR_LANE", "⟦gocardless_token:rb1⟧"),
      "quayside-yoga" => "⟦gocardless_token:rb2⟧",
      "demo" => "⟦b58b_gocardless_sandbox_token:rb⟧"
    }.freeze

    def initialize(slug, xero:, logger: Logger.new($stdout))
      @slug = slug
      @xero = xero
      @logger = logger
      @client = GoCardlessPro::Client.new(
        access_token: TOKENS.fetch(slug),
        environment: slug == "demo" ? :sandbox : :live
      )
    end

    def sync(since:)
      @client.payouts.all(params: { created_at: { gte: since.iso8601 }, status: "paid" }).each do |payout|
        amount = payout.amount / 100.0
        fees = payout.deducted_fees / 100.0
        @logger.info("[#{@slug}] payout #{payout.id} #{payout.currency} #{amount} (fees #{fees}) arrival #{payout.arrival_date}")
        @xero.create_bank_transfer(
          from: CLEARING_ACCOUNT_CODE,
          amount: amount,
          date: payout.arrival_date,
          reference: "GoCardless #{payout.reference}"
        )
        @xero.create_spend_money(account: FEES_ACCOUNT_CODE, amount: fees, date: payout.arrival_date) if fees.positive?
      end
    end
  end
end
