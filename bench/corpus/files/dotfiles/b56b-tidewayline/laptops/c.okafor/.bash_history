cd ~/src/tidewayline/edi-gateway
git pull --rebase
./gradlew bootRun --args='--spring.profiles.active=local'
docker ps
docker logs -f edigw-local 2>&1 | grep -i baplie
sftp -oPort=22 twln_baplie@sftp.ect.nl
ls -la ~/Downloads/*.edi
less ~/Downloads/BAPLIE_TWLN_KESTREL_2425W.edi
export PGPASSWORD='⟦db_password:edigw⟧'
psql -h edi-db.tidewayline.internal -U edigw_app edigw -c "select id, partner, status from interchange order by id desc limit 20"
unset PGPASSWORD
aws sso login --profile twl-prod
aws s3 ls s3://tidewayline-edi-archive/2024/06/14/ --profile twl-prod
curl -s https://services.marinetraffic.com/api/exportvessel/v:8/⟦b56b_marinetraffic_api_key⟧/timespan:20/protocol:jsono/mmsi:⟦b56b_mmsi:spirit⟧ | jq .
curl -s -u twln_as2:Fxt-Edi#2024-Spring -X POST https://as2.portkestrel.co.uk:4443/as2/HttpReceiver -H 'AS2-To: PORTKESTREL-TOS' --data-binary @/tmp/test.edi -v
kubectl config use-context twl-prod-euw1
kubectl -n booking get pods
kubectl -n booking logs deploy/booking-api --since=30m | grep -i vgm
kubectl -n booking get secret booking-api -o jsonpath='{.data.DATABASE_URL}' | base64 -d
history | grep ssh
ssh -i ~/.ssh/id_ed25519 ubuntu@edi-gw-01.tidewayline.internal
scp ubuntu@edi-gw-01.tidewayline.internal:/opt/openas2/logs/openas2.log /tmp/
grep -n "MDN" /tmp/openas2.log | tail -40
vim ~/.aws/config
export AWS_ACCESS_KEY_ID=⟦aws_access_key_id:okafor⟧
export AWS_SECRET_ACCESS_KEY=⟦aws_secret_access_key:okafor⟧
aws s3 cp /tmp/openas2.log s3://tidewayline-it-scratch/co/openas2-20240614.log
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY
gh auth status
gh pr create --title "EDI-3312 ECT sftp fallback" --body "password auth until ECT imports our key"
cd ../booking-api
npm ci
npm run test -- --watch=false
curl -H "Authorization: Bearer ⟦github_pat:okafor⟧" https://api.github.com/repos/tidewayline/booking-api/actions/runs?per_page=5 | jq '.workflow_runs[].conclusion'
code .
