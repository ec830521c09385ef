sudo -iu hlexport
cd /opt/hl-export
source venv/bin/activate
python export_conversations.py --days 1
tail -n 50 /var/log/hl-export/export.log
export GENESYS_CLIENT_ID=⟦b53b_genesys_client_id:hist⟧
export GENESYS_CLIENT_SECRET=⟦b53b_genesys_client_secret:hist⟧
python export_conversations.py --days 3 --out /tmp
ls -la /tmp/conversations_*
gc profiles new
gc users list --pageSize 5
curl -s -X POST https://login.mypurecloud.ie/oauth/token -d grant_type=client_credentials -u "⟦b53b_genesys_client_id:hist⟧:⟦b53b_genesys_client_secret:hist⟧" | jq .
curl -s -H "Authorization: Bearer ⟦b53b_genesys_access_token:hist⟧" https://api.mypurecloud.ie/api/v2/routing/queues?pageSize=100 | jq '.entities[].name'
aws configure --profile rec-archive
aws s3 ls s3://harborline-connect-recordings-eu-west-2/recordings/2024/03/ --profile rec-archive
AWS_ACCESS_KEY_ID=⟦aws_access_key_id:hist⟧ AWS_SECRET_ACCESS_KEY=⟦aws_secret_access_key:hist⟧ aws s3 cp s3://harborline-connect-recordings-eu-west-2/recordings/2024/03/11/ ./rec/ --recursive
psql "postgresql://wfm_admin:⟦password:hist⟧@hl-wfm.c8qzq1x2ab3c.eu-west-2.rds.amazonaws.com:5432/wfm" -c "select count(*) from conversations where start_ts > now() - interval '1 day'"
vim ~/.gc/config.toml
sftp -P 22 harborline_upload@sftp.eu.qa-vendor.example.net
sshpass -p 'Tr1dent!Harbor' sftp harborline_upload@sftp.eu.qa-vendor.example.net
history | grep sftp
exit
