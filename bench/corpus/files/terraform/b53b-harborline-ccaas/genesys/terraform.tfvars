# Genesys Cloud CX as Code — production org (mypurecloud.ie)
# apply with: terraform apply -var-file=terraform.tfvars
# NOTE: this file is in .gitignore on main, but the release/2024.2 branch predates that

genesyscloud_oauthclient_id     = "⟦b53b_genesys_client_id:cxascode⟧"
genesyscloud_oauthclient_secret = "⟦b53b_genesys_client_secret:cxascode⟧"
genesyscloud_region             = "eu-west-1"

division_name = "Harborline Customer Care"

queues = {
  billing = {
    name                 = "HL Billing"
    acw_timeout_ms       = 60000
    skill_evaluation     = "BEST"
    wrapup_codes         = ["Payment taken", "Payment plan", "Escalated", "No action"]
  }
  outages = {
    name                 = "HL Outages"
    acw_timeout_ms       = 30000
    skill_evaluation     = "ALL"
    wrapup_codes         = ["Outage confirmed", "Not affected", "Callback booked"]
  }
}

# integration credentials pushed into Genesys "Integrations > Credentials" for the data actions
zendesk_data_action_user  = "genesys-dataactions@harborline.co.uk/token"
zendesk_data_action_token = "⟦zendesk_api_token:dataaction⟧"

web_messaging_deployment_id = "⟦uuid:webmsg⟧"
