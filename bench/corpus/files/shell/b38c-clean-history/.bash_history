cd ~/work/shop-api
git fetch --all --prune
git switch -c fix/checkout-timeout
export AWS_PROFILE=shop-dev
aws sts get-caller-identity
aws sso login --profile shop-dev
aws ecr get-login-password --region eu-central-1 | docker login --username AWS --password-stdin ⟦aws_account_id⟧.dkr.ecr.eu-central-1.amazonaws.com
gh auth login --with-token < ~/.secrets/gh-token
gh auth token | docker login ghcr.io -u anna-schmidt --password-stdin
export GITHUB_TOKEN=$(gh auth token)
export OPENAI_API_KEY="$(security find-generic-password -s openai -w)"
export STRIPE_API_KEY=$(op read "op://Private/stripe-test/credential")
heroku config:set STRIPE_SECRET_KEY="$STRIPE_API_KEY" -a shop-api-dev
mysql -u root -p shop_dev
psql "postgresql://postgres@localhost:5432/shop_dev"
curl -H "Authorization: Bearer ${API_TOKEN}" https://api.acme-shop.com/v1/me
curl -H "Authorization: Bearer <token>" https://api.acme-shop.com/v1/me
kubectl -n shop create secret generic stripe --from-literal=key=REPLACE_ME --dry-run=client -o yaml
docker run --rm -e DD_API_KEY -e DD_SITE=datadoghq.eu gcr.io/datadoghq/agent:7
ssh-keygen -lf ~/.ssh/id_ed25519.pub
git log -1 --format=%H
git verify-commit HEAD
