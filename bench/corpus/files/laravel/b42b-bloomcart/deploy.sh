# Forge deploy script for shop.bloomcart.nl (copied from the Forge UI, 2024-03-20)
cd /home/forge/shop.bloomcart.nl
git pull origin $FORGE_SITE_BRANCH

$FORGE_COMPOSER install --no-dev --no-interaction --prefer-dist --optimize-autoloader

( flock -w 10 9 || exit 1
    echo 'Restarting FPM...'; sudo -S service $FORGE_PHP_FPM reload ) 9>/tmp/fpmlock

if [ -f artisan ]; then
    $FORGE_PHP artisan migrate --force
    $FORGE_PHP artisan config:cache
    $FORGE_PHP artisan route:cache
    $FORGE_PHP artisan view:cache
    $FORGE_PHP artisan horizon:terminate
fi

npm ci && npm run build

# Sentry release + deploy marker
export SENTRY_AUTH_TOKEN=⟦sentry_org_token:forge⟧
export SENTRY_ORG=pixelmint
export SENTRY_PROJECT=bloomcart
VERSION=$(git rev-parse --short HEAD)
npx @sentry/cli releases new "$VERSION"
npx @sentry/cli releases set-commits "$VERSION" --auto
npx @sentry/cli releases deploys "$VERSION" new -e production

# tell the shop owner's Slack
curl -s -X POST -H 'Content-type: application/json' \
  --data "{\"text\":\"Bloomcart deployed: $VERSION\"}" \
  ⟦slack_webhook:forge⟧
