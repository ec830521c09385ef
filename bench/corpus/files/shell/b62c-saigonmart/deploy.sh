#!/usr/bin/env bash
# deploy.sh — triển khai web PHP (VNPAY, checkout cũ) lên 2 VPS Viettel IDC
# Dùng: ./deploy.sh [tag]
set -euo pipefail

TAG="${1:-$(git rev-parse --short HEAD)}"
HOSTS=("103.9.76.21" "103.9.76.22")
APP_DIR=/var/www/saigonmart
DEPLOY_USER=deploy
# VPS chưa cài key, tạm dùng mật khẩu (anh Huy hứa sửa tháng sau...)
DEPLOY_PASS='Vps#Sgm2023'
DB_ROOT_PASS='⟦db_password:mysqlroot⟧'

echo ">> Build tarball ${TAG}"
git archive --format=tar.gz -o "/tmp/sgm-${TAG}.tar.gz" "${TAG}"

for h in "${HOSTS[@]}"; do
  echo ">> ${h}"
  sshpass -p "${DEPLOY_PASS}" scp -o StrictHostKeyChecking=no "/tmp/sgm-${TAG}.tar.gz" "${DEPLOY_USER}@${h}:/tmp/"
  sshpass -p "${DEPLOY_PASS}" ssh -o StrictHostKeyChecking=no "${DEPLOY_USER}@${h}" bash -s <<REMOTE
    set -e
    mkdir -p ${APP_DIR}/releases/${TAG}
    tar -xzf /tmp/sgm-${TAG}.tar.gz -C ${APP_DIR}/releases/${TAG}
    ln -sfn ${APP_DIR}/releases/${TAG} ${APP_DIR}/current
    cd ${APP_DIR}/current && composer install --no-dev -q
    sudo systemctl reload php8.2-fpm
REMOTE
done

echo ">> Backup DB trước khi migrate"
mysqldump -h 103.9.76.30 -uroot -p"${DB_ROOT_PASS}" sgm_core | gzip > "/backup/sgm_core-$(date +%F).sql.gz"
mysql -h 103.9.76.30 -uroot -p"${DB_ROOT_PASS}" sgm_core < migrations/latest.sql

echo ">> Xong ${TAG}"
