cd ~/src/tidewell-smart
git pull --rebase
poetry install
poetry run pytest -q tests/test_backend_auth.py
openssl genrsa -out keys/epic-prod-private.pem 2048
openssl req -new -x509 -key keys/epic-prod-private.pem -out keys/epic-prod-public.pem -subj '/CN=tidewell-epic' -days 730
poetry run python tools/pem_to_jwks.py keys/epic-prod-public.pem --kid tidewell-2024-05 > keys/jwks.json
aws s3 cp keys/jwks.json s3://tidewell-public-jwks/.well-known/jwks.json --acl public-read
curl -s https://jwks.tidewellhealth.com/.well-known/jwks.json | jq '.keys[].kid'
export ATHENA_CLIENT_ID=⟦b43b_okta_client_id:athena⟧
export ATHENA_SECRET='⟦b45a_athena_client_secret:mesa⟧'
curl -s -H "Authorization: Basic $(echo -n "${ATHENA_CLIENT_ID}:${ATHENA_SECRET}" | base64)" -d 'grant_type=client_credentials&scope=athena/service/Athenanet.MDP.*' https://api.platform.athenahealth.com/oauth2/v1/token | jq .
curl -s -u "⟦b43b_okta_client_id:athenapreview⟧:⟦b45a_athena_client_secret:preview⟧" -d 'grant_type=client_credentials&scope=athena/service/Athenanet.MDP.*' https://api.preview.platform.athenahealth.com/oauth2/v1/token | jq -r .access_token
aws secretsmanager put-secret-value --secret-id tidewell/athena/preview --secret-string "$ATHENA_SECRET"
history | grep -i secret
poetry run python -m tidewell.jobs.caregaps --site mesa-family-athena --dry-run
npx medplum login
export MEDPLUM_BASE_URL=https://api.medplum.com/ MEDPLUM_CLIENT_ID=⟦uuid:medplumstg⟧ MEDPLUM_CLIENT_SECRET=⟦b45a_medplum_client_secret:staging⟧
poetry run python -m tidewell.jobs.sync_worklists --target medplum
psql "postgresql://tidewell:⟦db_password:twprod⟧@tidewell-prod.c8fq1x2yz9ab.us-east-2.rds.amazonaws.com:5432/tidewell" -c 'select site, count(*) from care_gap group by 1'
echo ⟦github_pat:ghcr⟧ | docker login ghcr.io -u tidewell-ci --password-stdin
huggingface-cli login --token ⟦huggingface_token:nlp⟧
poetry run python -m tidewell.nlp.fetch_models --model tidewell/clinical-ner-v3
git add -p
git commit -m "athena: preview practice + mesa go-live config"
git push origin feature/athena-mesa
