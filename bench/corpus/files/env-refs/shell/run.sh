#!/usr/bin/env bash
# every credential is an environment reference
psql "postgresql://${PGUSER}:${PGPASSWORD}@${PGHOST}:5432/${PGDATABASE}" -c 'select 1'
mysql -u "$MYSQL_USER" -p"$MYSQL_PASSWORD" -h "$MYSQL_HOST" -e 'select 1'
curl -fsS -u "$ARTIFACTORY_USER:$ARTIFACTORY_API_KEY" "$ARTIFACTORY_URL/api/system/ping"
curl -fsS -H "Authorization: Bearer ${GITHUB_TOKEN:?}" https://api.github.com/user
docker login -u "$DOCKER_USER" --password-stdin <<< "$DOCKER_PASSWORD"
export AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-$(aws configure get aws_secret_access_key)}"
export API_TOKEN="$(cat /run/secrets/api_token)"
export SESSION_SECRET=$(openssl rand -hex 32)
