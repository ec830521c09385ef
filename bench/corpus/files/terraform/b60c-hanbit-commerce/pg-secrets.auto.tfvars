# AWS Secrets Manager 에 PG/오픈마켓 키를 넣기 위한 변수
# terraform apply 후 이 파일은 지울 것 (박지훈 2024-02-28) ← 안 지워짐
pg_secrets = {
  toss_secret_key        = "⟦b60c_toss_secret_key:tf⟧"
  toss_widget_secret_key = "⟦b60c_toss_widget_secret:tf⟧"
  portone_api_secret     = "⟦b60c_portone_v2_secret:tf⟧"
}

market_secrets = {
  coupang_vendor_id           = "⟦b60c_coupang_vendor_id⟧"
  coupang_access_key          = "⟦b60c_coupang_access_key:tf⟧"
  coupang_secret_key          = "⟦b60c_coupang_secret_key:tf⟧"
  naver_commerce_client_id    = "⟦b60c_naver_commerce_client_id⟧"
  naver_commerce_client_secret = "⟦b60c_naver_commerce_client_secret:tf⟧"
}

secret_recovery_window_days = 7
