ls /mnt/processing/
df -h /mnt/processing
cd /mnt/processing/PROD003
ls -la
du -sh NATIVES IMAGES TEXT DATA
7z a -t7z -mhe=on -p'Borealis-PROD003-7741' ../PROD003.7z .
7z l -p'Borealis-PROD003-7741' ../PROD003.7z | tail -3
sha256sum ../PROD003.7z > ../PROD003.7z.sha256
cat ../PROD003.7z.sha256
aws s3 cp ../PROD003.7z s3://sterling-productions-out/harlow-mercer/ --profile prod
aws configure --profile prod
export AWS_ACCESS_KEY_ID=⟦aws_access_key_id:jump⟧
export AWS_SECRET_ACCESS_KEY=⟦aws_secret_access_key:jump⟧
aws s3 presign s3://sterling-productions-out/harlow-mercer/PROD003.7z --expires-in 604800
curl -s -H "Authorization: Bearer ⟦b66c_everlaw_api_key:jump⟧" https://api.everlaw.com/v1/projects | jq '.data[] | {id,name}'
python -m everlaw_uploader.upload --project 48812 --volume /mnt/processing/PROD003
sftp -P 22 hm_incoming@transfer.sterling-ediscovery.com
sshpass -p '⟦password:sftp⟧' sftp hm_incoming@transfer.sterling-ediscovery.com
history | grep 7z
exit
