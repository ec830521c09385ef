# Exoscale (CH-GVA-2) – Produktivumgebung Webshop
zone            = "ch-gva-2"
sks_cluster     = "velohaus-prod"
node_pool_size  = 3
node_type       = "standard.medium"

dbaas_plan      = "startup-4"
dbaas_admin_pw  = "⟦db_password:dbaas⟧"

exoscale_key    = "⟦b40a_exoscale_api_key:prod⟧"
exoscale_secret = "⟦b40a_exoscale_api_secret:prod⟧"

vault_addr      = "https://vault.velohaus-aare.ch"
# PFC-Key wird über vault_generic_secret gelesen, nicht hier setzen
pfc_auth_key_path = "secret/velohaus/shop/payments"

dns_zone        = "velohaus-aare.ch"
alert_email     = "it@velohaus-aare.ch"
