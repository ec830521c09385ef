# 跑跑 生产 K8s 应用层（kubernetes provider），由 ops 在本地 apply
# !!! 本文件含敏感值，已加入 .gitignore —— 但 2024-05 之前的提交历史里还在

cluster_context = "paopao-prod-tke"
namespace       = "paopao"

postgres_host     = "pgm-uf6paopao.pg.rds.aliyuncs.com"
postgres_user     = "paopao"
postgres_password = "⟦db_password:tf⟧"

meituan_app_id     = "9237"
meituan_app_secret = "⟦b61c_meituan_app_secret:tf⟧"

eleme_app_key    = "⟦b61c_eleme_app_key:tf⟧"
eleme_app_secret = "⟦b61c_eleme_app_secret:tf⟧"

amap_web_service_key = "⟦b61c_amap_web_service_key:tf⟧"

jpush_app_key       = "⟦b61c_jpush_app_key:tf⟧"
jpush_master_secret = "⟦b61c_jpush_master_secret:tf⟧"

replicas = {
  aggregator = 3
  callback   = 2
  worker     = 4
}
