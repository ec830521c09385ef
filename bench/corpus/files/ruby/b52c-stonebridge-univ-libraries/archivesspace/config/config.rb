# ArchivesSpace 3.4.1 -- archives.stonebridge.edu (Special Collections & University Archives)
# Only overrides live here; defaults are in config/config-defaults.rb

AppConfig[:db_url] = "jdbc:mysql://aspace-db.lib.internal:3306/archivesspace?user=as&password=Finding-Aids-1891&useUnicode=true&characterEncoding=UTF-8&serverTimezone=UTC"
AppConfig[:db_max_connections] = 40

AppConfig[:backend_url] = "http://localhost:8089"
AppConfig[:frontend_url] = "http://localhost:8080"
AppConfig[:frontend_proxy_url] = "https://archives-staff.stonebridge.edu"
AppConfig[:public_url] = "http://localhost:8081"
AppConfig[:public_proxy_url] = "https://archives.stonebridge.edu"
AppConfig[:oai_url] = "http://localhost:8082"
AppConfig[:solr_url] = "http://solr.lib.internal:8983/solr/archivesspace"
AppConfig[:indexer_url] = "http://localhost:8091"
AppConfig[:docs_url] = "http://localhost:8888"

AppConfig[:enable_docs] = false
AppConfig[:enable_oai] = true
AppConfig[:oai_repository_name] = "Stonebridge University Special Collections"
AppConfig[:oai_admin_email] = "archives@stonebridge.edu"

# Shared secrets between the frontend/public apps and the backend.
# If these are not set ArchivesSpace generates random ones at startup; we pin them so both nodes
# behind the load balancer agree.
AppConfig[:search_user_secret] = "⟦password:search-user⟧"
AppConfig[:public_user_secret] = "⟦password:public-user⟧"
AppConfig[:staff_user_secret] = "⟦password:staff-user⟧"
AppConfig[:frontend_cookie_secret] = "⟦rails_secret_key_base:frontend⟧"
AppConfig[:public_cookie_secret] = "⟦rails_secret_key_base:public⟧"

AppConfig[:authentication_sources] = [
  {
    :model => "ASLDAPAuth",
    :hostname => "ldap.stonebridge.edu",
    :port => 636,
    :encryption => :simple_tls,
    :base_dn => "ou=people,dc=stonebridge,dc=edu",
    :username_attribute => "uid",
    :attribute_map => { :cn => :name, :mail => :email },
    :bind_dn => "uid=svc-aspace,ou=services,dc=stonebridge,dc=edu",
    :bind_password => "Manuscript$Vault22"
  }
]

AppConfig[:plugins] = ["local", "lcnaf", "aspace-oauth", "aspace_feedback", "container_management_reports"]

# aspace-oauth (Shibboleth via SAML) for staff
AppConfig[:oauth_definitions] = [
  {
    provider: "saml",
    label: "Stonebridge NetID",
    config: {
      idp_sso_service_url: "https://idp.stonebridge.edu/idp/profile/SAML2/Redirect/SSO",
      idp_cert_fingerprint: "⟦sha1:idp-fp⟧",
      assertion_consumer_service_url: "https://archives-staff.stonebridge.edu/auth/saml/callback",
      issuer: "https://archives-staff.stonebridge.edu/shibboleth",
      name_identifier_format: "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
    },
  },
]

AppConfig[:pui_hide][:accessions] = true
AppConfig[:pui_hide][:classifications] = true
AppConfig[:pui_page_actions_request] = true
AppConfig[:pui_request_email_fallback_to_address] = "speccoll@stonebridge.edu"
AppConfig[:pui_email_enabled] = true
AppConfig[:pui_email_delivery_method] = :smtp
AppConfig[:pui_email_smtp_settings] = {
  address: "smtp.stonebridge.edu",
  port: 25,
  domain: "stonebridge.edu",
  enable_starttls_auto: false,
}
