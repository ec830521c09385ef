# mpstats — Yandex Cloud, каталог prod
# ВНИМАНИЕ: файл в .gitignore, но однажды уже улетел в MR !42
yc_token     = "⟦b59c_yandex_oauth_token⟧"
yc_cloud_id  = "⟦b59c_yandex_resource_id:b1g-cloud⟧"
yc_folder_id = "⟦b59c_yandex_resource_id:b1g-folder⟧"
yc_zone      = "ru-central1-a"

# статический ключ сервисного аккаунта tf-state для бакета с состоянием
storage_access_key = "⟦b59c_yandex_static_key_id:tfstate⟧"
storage_secret_key = "⟦b59c_yandex_static_secret:tfstate⟧"

clickhouse_admin_password = "⟦password:ch⟧"
clickhouse_version        = "24.3"

vk_group_id   = 224817733
telegram_chat = -1001987654321
