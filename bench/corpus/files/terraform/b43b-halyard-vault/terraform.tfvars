# halyard vault config - prod
# NOTE: this file is in .gitignore on main; it was force-added in !482 by mistake, rotate both.
ldap_bindpass  = "Vlt-LdapBind_2024!q"
okta_api_token = "⟦okta_api_token:vault⟧"
