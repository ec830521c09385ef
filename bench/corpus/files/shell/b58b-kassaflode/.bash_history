cd ~/src/kassaflode
git pull
make test
go test ./internal/tink/... -run TestLiveSandbox -v
export TINK_CLIENT_SECRET=⟦b44b_tink_client_secret:bash⟧
curl -s -X POST https://api.tink.com/api/v1/oauth/token -d client_id=$TINK_CLIENT_ID -d client_secret=$TINK_CLIENT_SECRET -d grant_type=client_credentials -d scope=user:create | jq .
curl -v --cert-type P12 --cert /etc/kassaflode/bankid/kassaflode_rp_2024.p12:Bankid#Kassa2024! --cacert /etc/kassaflode/bankid/prod-ca.pem https://appapi2.bankid.com/rp/v6.0/auth -H 'Content-Type: application/json' -d '{"endUserIp":"194.168.2.25"}'
openssl pkcs12 -in certs/swish_prod_kassaflode.p12 -nodes -passin pass:Kassa!Swish2024 | openssl x509 -noout -enddate
kubectl -n kassaflode get secret kassaflode-api-env -o jsonpath='{.data.FORTNOX_CLIENT_SECRET}' | base64 -d
kubectl -n kassaflode rollout restart deploy/kassaflode-api
PGPASSWORD=⟦db_password:bashpg⟧ psql -h 127.0.0.1 -p 5433 -U kassaflode_app kassaflode -c "select count(*) from tenants"
gcloud sql connect kassaflode-pg --user=kassaflode_app --project=kassaflode-prod
history | grep fortnox
