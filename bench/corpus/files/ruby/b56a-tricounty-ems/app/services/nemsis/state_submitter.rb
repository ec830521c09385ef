# frozen_string_literal: true

require "savon"

module Nemsis
  # Submits EMSDataSet XML batches to a state repository over the NEMSIS v3 SOAP web service and records
  # the per-PCR response codes (1 = accepted, 10x = accepted with warnings, negative = rejected).
  class StateSubmitter
    WSDL = Rails.root.join("vendor/nemsis/NEMSIS_V3_core.wsdl").to_s

    RESPONSE_OK = [1, 101, 102, 103, 104].freeze

    def initialize(state)
      cfg = Rails.application.config_for(:nemsis).fetch(state.to_sym)
      @state = state
      @endpoint = cfg.fetch(:endpoint)
      @username = cfg.fetch(:username)
      # legacy fallback from the first WV pilot (before WV was added to nemsis.yml); ops set NEMSIS_<STATE>_PASSWORD on the box
      @password = cfg[:password] || ENV.fetch("NEMSIS_#{state.upcase}_PASSWORD", "Wv-Nemsis-Subm1t")
      @organization = cfg.fetch(:organization)
      @schema_version = cfg.fetch(:schema_version)
      @data_schema = cfg.fetch(:data_schema)
      @batch_size = cfg.fetch(:batch_size, 50)
    end

    def submit(pcrs)
      pcrs.each_slice(@batch_size).flat_map { |batch| submit_batch(batch) }
    end

    private

    def client
      @client ||= Savon.client(
        wsdl: WSDL,
        endpoint: @endpoint,
        open_timeout: 30,
        read_timeout: 120,
        log: Rails.env.development?,
        pretty_print_xml: true,
        filters: [:password]
      )
    end

    def submit_batch(batch)
      xml = Nemsis::EmsDataSetBuilder.new(batch, schema_version: @schema_version).to_xml
      response = client.call(:submit_data, message: {
        "username" => @username,
        "password" => @password,
        "organization" => @organization,
        "requestType" => "SubmitData",
        "submitPayload" => { "payloadOfXmlElement" => xml },
        "requestDataSchema" => @data_schema,
        "schemaVersion" => @schema_version,
        "additionalInfo" => "TriCountyEMS ePCR #{Rails.application.config.version}"
      })
      body = response.body[:submit_data_response]
      code = body[:status_code].to_i
      batch.map do |pcr|
        NemsisSubmission.create!(
          pcr: pcr, state: @state, status_code: code,
          request_handle: body[:request_handle],
          accepted: RESPONSE_OK.include?(code)
        )
      end
    rescue Savon::SOAPFault => e
      Rails.logger.error("[nemsis:#{@state}] SOAP fault #{e.message}")
      raise
    end
  end
end
