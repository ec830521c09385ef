ssh forum.fernhollow.org
cd /var/discourse
sudo ./launcher logs app | tail -200
sudo ./launcher enter app
git -C /var/discourse pull
sudo ./launcher rebuild app
df -h /var/discourse/shared
du -sh /var/discourse/shared/standalone/backups
curl -s -H "Api-Key: ⟦b53c_discourse_api_key:laptop⟧" -H "Api-Username: ines" https://forum.fernhollow.org/admin/backups.json | jq '.[0]'
curl -s -X POST -H "Api-Key: ⟦b53c_discourse_api_key:laptop⟧" -H "Api-Username: ines" https://forum.fernhollow.org/admin/backups.json -d with_uploads=false
aws s3 ls s3://fernhollow-forum-backups/forum/ --profile forum
aws configure --profile forum
aws configure set aws_secret_access_key ⟦aws_secret_access_key:laptop⟧ --profile forum-ro
aws s3 cp s3://fernhollow-forum-backups/forum/fernhollow-2024-04-01-033012-v20240329.tar.gz . --profile forum-ro
ls -lah
tar tzf fernhollow-2024-04-01-033012-v20240329.tar.gz | head
docker ps
psql -h localhost -U discourse discourse_staging
PGPASSWORD='Makers!Staging24' psql -h staging-db.fernhollow.lan -U discourse discourse_staging -c 'select count(*) from posts'
history | grep akismet
curl "https://rest.akismet.com/1.1/verify-key" -d "key=⟦b53c_akismet_api_key⟧&blog=https://forum.fernhollow.org"
vim containers/app.yml
sudo ./launcher rebuild app
exit
geoipupdate -v -f ~/GeoIP.conf -d /tmp/geo
ls /tmp/geo
git status
git log --oneline -5
