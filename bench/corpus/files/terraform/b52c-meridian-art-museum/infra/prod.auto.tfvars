# Meridian Art Museum -- web platform (prod)
# terraform -chdir=infra apply -var-file=prod.auto.tfvars
environment         = "prod"
location            = "eastus2"
resource_group_name = "rg-meridian-web-prod"

aks_node_count      = 3
aks_node_size       = "Standard_D4s_v5"

# Azure Database for PostgreSQL (collections-site CMS: Wagtail)
pg_sku_name         = "GP_Standard_D2s_v3"
pg_admin_login      = "mamadmin"
pg_admin_password   = "⟦db_password:pgadmin⟧"

# Cloudflare (meridianart.org zone): token scoped to DNS edit + cache purge
cloudflare_zone_id   = "⟦md5:cfzone⟧"
cloudflare_api_token = "⟦cloudflare_api_token:tf⟧"

# Mailchimp (newsletter signup on the site footer)
mailchimp_api_key    = "⟦mailchimp_api_key:tf⟧"
mailchimp_list_id    = "⟦b42b_mailchimp_audience_id⟧"

# Algolia (collection search)
algolia_app_id       = "MRDN4Q7T2X"
algolia_search_key   = "⟦algolia_search_key:tf⟧"
algolia_admin_key    = "⟦algolia_admin_key:tf⟧"

tags = {
  owner       = "digital@meridianart.org"
  cost_center = "4410-Digital"
}
