#!/usr/bin/env bash
# Rebuild staging.halvorsenhome.com from scratch (Ubuntu 22.04, PHP 8.2, MySQL 8, OpenSearch 2.11)
# Usage: sudo -u magento ./provision-staging.sh
set -euo pipefail

MAGE_ROOT=/var/www/staging.halvorsenhome.com
cd "$MAGE_ROOT"

# Marketplace keys (Halvorsen IT MAGEID) -- TODO move to /etc/composer/auth.json
composer config --global http-basic.repo.magento.com ⟦b47a_magento_repo_public_key:stg⟧ ⟦b47a_magento_repo_private_key:stg⟧
composer install --no-dev --prefer-dist --no-interaction

bin/magento setup:install \
  --base-url="https://staging.halvorsenhome.com/" \
  --db-host="127.0.0.1" \
  --db-name="magento_stg" \
  --db-user="magento_stg" \
  --db-password="⟦db_password:stg⟧" \
  --admin-firstname="Halvorsen" \
  --admin-lastname="Ops" \
  --admin-email="webops@halvorsenhome.com" \
  --admin-user="hh_ops" \
  --admin-password="Halvorsen2024!" \
  --backend-frontname="hh_admin_stg" \
  --language="sv_SE" --currency="SEK" --timezone="Europe/Stockholm" \
  --use-rewrites=1 \
  --search-engine=opensearch \
  --opensearch-host="opensearch-stg.internal" \
  --opensearch-port=9200 \
  --opensearch-enable-auth=1 \
  --opensearch-username="magento" \
  --opensearch-password="⟦password:os⟧" \
  --amqp-host="rabbitmq-stg.internal" --amqp-port=5672 \
  --amqp-user="magento" --amqp-password="⟦password:amqp_stg⟧" --amqp-virtualhost="/magento" \
  --session-save=redis --session-save-redis-host=127.0.0.1 --session-save-redis-db=2 \
  --cleanup-database

# keep the production crypt key so encrypted config copied from prod still decrypts
bin/magento setup:config:set --key="${PROD_CRYPT_KEY:?set PROD_CRYPT_KEY from 1Password}" -n

bin/magento config:set web/secure/use_in_adminhtml 1
bin/magento config:set tax/avatax/live_mode 0
bin/magento config:set payment/braintree/environment sandbox
bin/magento config:set --lock-env dev/static/sign 1
bin/magento module:disable Magento_AdminAdobeImsTwoFactorAuth Magento_TwoFactorAuth
bin/magento deploy:mode:set production
bin/magento indexer:reindex
bin/magento cache:flush
echo "staging ready"
