# frozen_string_literal: true

require "savon"

module Everify
  # Client for the E-Verify Web Services (WS) interface, version 31.
  #
  # E-Verify WS uses a per-employer "Web Services user" whose password expires every 90 days
  # and must be changed through the SetPassword operation (or the E-Verify web UI). Clearpath
  # acts as an E-Verify Employer Agent for its staffing clients, so the user below is the
  # agent account; client companies are selected with the <ClientCompanyId> element.
  class CaseClient
    PROD_WSDL = "https://e-verify.uscis.gov/WebService/EmployerWebServiceV31.svc?wsdl"
    STAGE_WSDL = "https://stage-everify.uscis.gov/WebService/EmployerWebServiceV31.svc?wsdl"

    # Agent account (production). Rotated 2024-04-29 — next due 2024-07-28.
    WS_USER = "CLRP4821"
    WS_PASSWORD = "Everify#Q2-2024"

    # Stage (training) account from the MOU onboarding pack
    STAGE_USER = "CLRP4821T"
    STAGE_PASSWORD = "⟦password:everifystage⟧"

    def initialize(stage: !Rails.env.production?)
      user, pass, wsdl = stage ? [STAGE_USER, STAGE_PASSWORD, STAGE_WSDL] : [WS_USER, WS_PASSWORD, PROD_WSDL]
      @client = Savon.client(
        wsdl: wsdl,
        wsse_auth: [user, pass],
        open_timeout: 10,
        read_timeout: 60,
        log: false,
        pretty_print_xml: true,
      )
    end

    def submit_case(i9:, client_company_id:)
      response = @client.call(:submit_initial_verification, message: {
        "ClientCompanyId" => client_company_id,
        "CaseDetails" => {
          "LastName" => i9.last_name,
          "FirstName" => i9.first_name,
          "DateOfBirth" => i9.date_of_birth.iso8601,
          "SSN" => i9.ssn_digits,
          "CitizenshipStatusCode" => i9.citizenship_code,
          "DocumentTypeId" => i9.document_type_id,
          "DateOfHire" => i9.hire_date.iso8601,
        },
      })
      response.body.dig(:submit_initial_verification_response, :submit_initial_verification_result)
    end

    def case_status(case_number)
      @client.call(:get_case_details, message: { "CaseNumber" => case_number }).body
    end

    def close_case(case_number, closure_code: "EEAR")
      @client.call(:close_case, message: { "CaseNumber" => case_number, "CaseClosureReasonCode" => closure_code }).body
    end
  end
end
