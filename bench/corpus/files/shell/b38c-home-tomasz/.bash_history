cd ~/src/shop-api
git status
git pull --rebase
export GITHUB_TOKEN=⟦github_pat⟧
gh repo list acme-shop --limit 50
npm ci
npm run dev
export TOKEN=$(cat ~/.config/linear/token)
curl -s -H "Authorization: Bearer ⟦linear_api_key⟧" -H "Content-Type: application/json" https://api.linear.app/graphql -d '{"query":"{ viewer { id name } }"}' | jq
mysql -uroot -pWinter2025! -h 127.0.0.1 shop_dev
mysql -uroot -p -h 127.0.0.1 shop_dev < dumps/shop_dev.sql
psql postgresql://analytics:⟦db_password:pg⟧@analytics-db.internal.acme-shop.com:5432/warehouse -c "select count(*) from orders"
psql "$DATABASE_URL" -c '\dt'
docker login -u tomaszk -p ⟦dockerhub_pat⟧
docker build -t tomaszk/shop-api:dev .
docker push tomaszk/shop-api:dev
aws configure set aws_access_key_id ⟦aws_access_key_id⟧ --profile shop-prod
aws configure set aws_secret_access_key ⟦aws_secret_access_key⟧ --profile shop-prod
aws configure set region eu-central-1 --profile shop-prod
aws s3 ls --profile shop-prod
gh auth login --with-token < ~/Downloads/gh-token.txt
echo ⟦github_pat:gh⟧ | gh auth login --with-token
gh auth status
heroku login
heroku config:set STRIPE_SECRET_KEY=⟦stripe_secret_live⟧ -a shop-api-prod
heroku config:get STRIPE_SECRET_KEY -a shop-api-prod
heroku logs --tail -a shop-api-prod
git log --oneline -n 20
git show ⟦short_sha⟧
kubectl -n shop get secret shop-api -o jsonpath='{.data.STRIPE_SECRET_KEY}' | base64 -d
history | grep token
