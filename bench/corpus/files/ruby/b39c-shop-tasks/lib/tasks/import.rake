# frozen_string_literal: true

# Import tasks for the wholesale catalogue.
#
#   bin/rails import:supplier_feed[2024-06-01]
#   bin/rails import:push_to_shopify
#   bin/rails import:sync_newsletter
#
require "csv"
require "aws-sdk-s3"
require "shopify_api"
require "MailchimpMarketing"

namespace :import do
  FEED_BUCKET = "tidewater-supplier-feeds"

  def feed_s3
    @feed_s3 ||= Aws::S3::Client.new(
      region: "eu-west-1",
      access_key_id: "⟦aws_access_key_id:feed⟧",
      secret_access_key: "⟦aws_secret_access_key:feed⟧"
    )
  end

  def shopify_session
    ShopifyAPI::Auth::Session.new(
      shop: "tidewater-wholesale.myshopify.com",
      access_token: ENV.fetch("SHOPIFY_ADMIN_TOKEN", "⟦shopify_admin_token⟧")
    )
  end

  desc "Download and stage the supplier CSV for a given date"
  task :supplier_feed, [:date] => :environment do |_t, args|
    date = args[:date] || Date.current.iso8601
    obj = feed_s3.get_object(bucket: FEED_BUCKET, key: "daily/#{date}/catalogue.csv")
    rows = CSV.parse(obj.body.read, headers: true, header_converters: :symbol)
    StagedProduct.transaction do
      StagedProduct.where(feed_date: date).delete_all
      rows.each do |r|
        StagedProduct.create!(
          feed_date: date, sku: r[:sku], title: r[:title], cost_cents: (r[:cost].to_d * 100).round,
          stock: r[:qty].to_i, barcode: r[:ean]
        )
      end
    end
    puts "staged #{rows.size} products for #{date}"
  end

  desc "Create/update products in Shopify from the staging table"
  task push_to_shopify: :environment do
    client = ShopifyAPI::Clients::Rest::Admin.new(session: shopify_session)
    StagedProduct.pending.find_each do |p|
      body = { product: { title: p.title, variants: [{ sku: p.sku, price: p.retail_price, barcode: p.barcode }] } }
      if p.shopify_id
        client.put(path: "products/#{p.shopify_id}", body: body)
      else
        resp = client.post(path: "products", body: body)
        p.update!(shopify_id: resp.body.dig("product", "id"))
      end
      p.update!(pushed_at: Time.current)
    end
  end

  desc "Add new trade customers to the Mailchimp audience"
  task sync_newsletter: :environment do
    mc = MailchimpMarketing::Client.new
    mc.set_config(api_key: "⟦mailchimp_api_key⟧", server: "us14")
    TradeCustomer.where(newsletter: true, mailchimp_synced_at: nil).find_each do |c|
      mc.lists.set_list_member("b81f4d22a0", Digest::MD5.hexdigest(c.email.downcase),
                               { email_address: c.email, status_if_new: "subscribed",
                                 merge_fields: { FNAME: c.first_name, COMPANY: c.company } })
      c.update!(mailchimp_synced_at: Time.current)
    end
  end
end
