ssh ops@10.20.0.14
cd /srv/oddsline/platform
git log --oneline -5
docker compose -f deploy/dev/docker-compose.yml ps
curl -s "https://api.sportradar.com/soccer/trial/v4/en/competitions.json?api_key=⟦b51a_sportradar_api_key:trialshell⟧" | jq '.competitions | length'
curl -s -H "Ocp-Apim-Subscription-Key: ⟦b51a_sportsdataio_key:shell⟧" https://api.sportsdata.io/v3/nfl/scores/json/CurrentSeason
export ODDS_API_KEY=⟦b51a_theoddsapi_key:shell⟧
go run ./cmd/ingest -config config/feeds.dev.yaml -once
redis-cli -h 10.20.0.14 -a '⟦password:devredis⟧' --no-auth-warning KEYS 'odds:epl:*' | head
redis-cli -h 10.20.0.14 -a "$REDIS_PASS" INFO keyspace
kubectl -n feeds get pods
kubectl -n feeds logs deploy/feed-ingest --tail=100 | grep -i stale
vault kv get -field=api_key secret/oddsline/prod/sportradar
history | grep vault
