# prod values - this file is in .gitignore on main but was committed on the infra-bootstrap branch
db_password         = "⟦db_password:rdsadmin⟧"
toast_client_secret = "⟦b47a_toast_client_secret:prod⟧"
datadog_api_key     = "⟦datadog_api_key:hub⟧"

tags = {
  owner       = "it"
  cost_center = "corporate"
  managed_by  = "terraform"
}
