# さくらのクラウド 石狩第2ゾーン 本番
# terraform.tfvars は .gitignore 済み……のはずだった (INFRA-77)
zone              = "is1b"
sakuracloud_token = "⟦b60c_sakura_access_token⟧"
sakuracloud_secret = "⟦b60c_sakura_access_secret⟧"

web_server_count = 3
web_server_plan  = { core = 4, memory = 8 }
db_server_plan   = "100g"

# サーバー作成時に設定される root パスワード (初回ログイン後に無効化する運用)
server_password = "Yamabiko-Root#2023"

allowed_admin_cidrs = [
  "203.0.113.24/32", # 本社
  "198.51.100.0/28", # 大阪オフィス
]
