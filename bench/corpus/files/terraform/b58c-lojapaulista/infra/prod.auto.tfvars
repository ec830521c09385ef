# prod.auto.tfvars - NÃO versionar (está no .gitignore... deveria)
aws_region     = "sa-east-1"
environment    = "prod"
vpc_cidr       = "10.20.0.0/16"

db_instance_class = "db.t4g.medium"
db_username       = "lojapaulista_app"
db_password       = "⟦db_password:pg⟧"

ecs_desired_count = 2

cloudflare_zone_id   = "⟦md5:cfzone⟧"
cloudflare_api_token = "⟦cloudflare_api_token⟧"

# segredos injetados no Secrets Manager pelo módulo "app_secrets"
app_secrets = {
  MP_ACCESS_TOKEN    = "⟦b58c_mercadopago_access_token:prod⟧"
  VTEX_APP_KEY       = "⟦b58c_vtex_app_key:lojapaulista⟧"
  VTEX_APP_TOKEN     = "⟦b58c_vtex_app_token:oms⟧"
  CIELO_MERCHANT_KEY = "⟦b58c_cielo_merchant_key⟧"
}

tags = {
  Projeto = "integracoes"
  Dono    = "ti@lojapaulista.com.br"
}
