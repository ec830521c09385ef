# frozen_string_literal: true

# Grower settlements: pushes weekly grower pool statements from the packhouse into the
# grower-accounting QuickBooks Online company (separate from NetSuite corporate).
require "intuit-oauth"
require "quickbooks-ruby"

namespace :qbo do
  QBO_CLIENT_ID = ENV.fetch("QBO_CLIENT_ID", "⟦b44b_qbo_client_id:rk⟧")
  QBO_CLIENT_SECRET = ENV.fetch("QBO_CLIENT_SECRET", "⟦b44b_qbo_client_secret:rk⟧")
  REALM_ID = ENV.fetch("QBO_REALM_ID", "⟦b44b_qbo_realm_id:rk⟧")

  desc "Post grower settlements for the given pool week (YYYY-WW)"
  task :settlements, [:week] => :environment do |_t, args|
    week = args[:week] || Date.today.prev_day(7).strftime("%G-%V")
    oauth = IntuitOAuth::Client.new(QBO_CLIENT_ID, QBO_CLIENT_SECRET, "https://trace.valleverdepacking.com/qbo/callback", "production")

    # refresh token stored by `rake qbo:connect`; rotated by Intuit every ~24h on use
    refresh = Setting.get("qbo.refresh_token") || "⟦b44b_qbo_refresh_token:rk⟧"
    tokens = oauth.token.refresh_tokens(refresh)
    Setting.set("qbo.refresh_token", tokens.refresh_token)

    Quickbooks.sandbox_mode = false
    bills = Quickbooks::Service::Bill.new(company_id: REALM_ID, access_token: tokens.access_token)

    GrowerPool.for_week(week).find_each do |pool|
      bill = Quickbooks::Model::Bill.new
      bill.vendor_id = pool.grower.qbo_vendor_id
      bill.txn_date = pool.settled_on
      bill.doc_number = "POOL-#{week}-#{pool.grower.code}"
      pool.lines.each do |l|
        line = Quickbooks::Model::BillLineItem.new(amount: l.net_amount, description: "#{l.commodity} #{l.cartons} ctn")
        line.account_based_expense_item! { |d| d.account_id = "118" }
        bill.line_items << line
      end
      bills.create(bill)
      puts "posted #{bill.doc_number} #{pool.net_total}"
    end
  end
end
