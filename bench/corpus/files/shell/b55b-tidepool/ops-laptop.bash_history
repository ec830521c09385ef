cd ~/src/reefwatch-backend
git pull
make build-plugin
docker compose -f compose/docker-compose.staging.yml up -d
docker compose logs -f nakama | grep -i error
ssh root@stg-01.tidepool.games
kubectl config use-context do-fra1-reefwatch-prod
kubectl -n reefwatch get pods
kubectl -n reefwatch logs deploy/nakama --tail=200
curl -s "https://nakama.reefwatch.tidepool.games/v2/rpc/admin_grant_pearls?http_key=⟦b55b_nakama_http_key:prod⟧&unwrap" -d '{"user_id":"⟦uuid:u1⟧","amount":500}'
curl -s "https://nakama.reefwatch.tidepool.games/v2/rpc/admin_grant_pearls?http_key=⟦b55b_nakama_http_key:prod⟧&unwrap" -d '{"user_id":"⟦uuid:u2⟧","amount":500}'
kubectl -n reefwatch port-forward svc/crdb-public 26257:26257 &
cockroach sql --url "postgresql://nakama_app:⟦db_password:crdb⟧@localhost:26257/nakama?sslmode=require"
psql "postgresql://doadmin:⟦db_password:doadmin⟧@reefwatch-pg-do-user-1822931-0.b.db.ondigitalocean.com:25060/defaultdb?sslmode=require"
kill %1
history | grep http_key
export DD_API_KEY=⟦datadog_api_key:laptop⟧
datadog-ci sourcemaps upload build/ --service=reefwatch-web --release-version=1.8.0 --minified-path-prefix=/assets
git status
