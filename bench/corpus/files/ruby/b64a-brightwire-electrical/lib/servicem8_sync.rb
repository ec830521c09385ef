# frozen_string_literal: true

# Nightly sync: ServiceM8 jobs -> our quoting DB, so the office can report on margin per job.
# Runs from cron on the office NUC (see config/schedule.rb).

require 'net/http'
require 'json'
require 'uri'
require 'logger'
require 'sequel'

module Brightwire
  class ServiceM8Sync
    BASE = URI('https://api.servicem8.com/api_1.0/')
    # API key generated under Settings -> API Keys (private application, Brightwire account only)
    API_KEY = ENV.fetch('SERVICEM8_API_KEY', '⟦b64a_servicem8_api_key:office⟧')
    PAGE = 500

    def initialize(db: Sequel.connect(ENV.fetch('DATABASE_URL', 'postgres://brightwire:sparky@localhost/brightwire')),
                   logger: Logger.new($stdout))
      @db = db
      @log = logger
    end

    def run(since: Date.today - 2)
      jobs = fetch('job.json', "$filter=edit_date gt '#{since}'")
      @log.info("servicem8: #{jobs.size} jobs changed since #{since}")
      jobs.each { |job| upsert_job(job) }
      materials = fetch('jobmaterial.json', "$filter=edit_date gt '#{since}'")
      materials.each { |m| upsert_material(m) }
      @log.info("servicem8: #{materials.size} materials")
    end

    private

    def fetch(resource, filter)
      uri = BASE + resource
      uri.query = URI.encode_www_form('$filter' => filter.sub('$filter=', ''))
      req = Net::HTTP::Get.new(uri)
      req['X-API-Key'] = API_KEY
      req['Accept'] = 'application/json'
      res = Net::HTTP.start(uri.host, uri.port, use_ssl: true, read_timeout: 60) { |h| h.request(req) }
      raise "ServiceM8 #{res.code}: #{res.body[0, 200]}" unless res.is_a?(Net::HTTPSuccess)

      JSON.parse(res.body)
    end

    def upsert_job(job)
      @db[:jobs].insert_conflict(target: :uuid, update: {
        status: Sequel[:excluded][:status],
        total_invoice_amount: Sequel[:excluded][:total_invoice_amount],
        updated_at: Sequel::CURRENT_TIMESTAMP
      }).insert(
        uuid: job['uuid'],
        generated_job_id: job['generated_job_id'],
        status: job['status'],
        job_address: job['job_address'],
        total_invoice_amount: job['total_invoice_amount'].to_f,
        company_uuid: job['company_uuid'],
        created_at: job['date'],
        updated_at: Sequel::CURRENT_TIMESTAMP
      )
    end

    def upsert_material(m)
      @db[:job_materials].insert_conflict(target: :uuid).insert(
        uuid: m['uuid'], job_uuid: m['job_uuid'], name: m['name'],
        quantity: m['quantity'].to_f, cost: m['cost'].to_f, price: m['price'].to_f
      )
    end
  end
end
