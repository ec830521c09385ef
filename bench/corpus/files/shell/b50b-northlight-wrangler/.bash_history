ssh wrangler@dl-mongo01.farm.northlight.lan
deadlinecommand -GetRepositoryRoot
deadlinecommand -GetSlavesRenderingJob 65f1c2a9e1b3f0a1c4d8e7b2
deadlinecommand -SuspendJob 65f1c2a9e1b3f0a1c4d8e7b2
deadlinecommand -SetJobPriority 65f1c2a9e1b3f0a1c4d8e7b2 90
deadlinecommand -ResumeJob 65f1c2a9e1b3f0a1c4d8e7b2
tail -f /var/log/Thinkbox/Deadline10/deadlinepulse-*.log
df -h /mnt/render
du -sh /mnt/render/TDW/seq030/*
mongo --host dl-mongo01.farm.northlight.lan --port 27100 --tls -u nlv_admin -p 'M0ngo!Farm#77' --authenticationDatabase admin deadline10db
mongosh "mongodb://nlv_admin:M0ngo%21Farm%2377@dl-mongo01.farm.northlight.lan:27100/deadline10db?authSource=admin&tls=true" --eval 'db.Jobs.countDocuments({Stat:2})'
deadlinecommand -ChangeRepository Remote rcs01.farm.northlight.lan:4433 /opt/Thinkbox/certs/Deadline10RemoteClient.pfx
systemctl restart deadline10launcher
journalctl -u deadline10launcher --since "10 min ago"
export AWS_PROFILE=nlv-burst
aws s3 ls s3://nlv-burst-assets-usw2/TDW/ --recursive | tail
export AWS_ACCESS_KEY_ID=⟦aws_access_key_id:hist⟧
export AWS_SECRET_ACCESS_KEY=⟦aws_secret_access_key:hist⟧
aws s3 sync /mnt/projects/TDW/assets/ s3://nlv-burst-assets-usw2/TDW/assets/ --exclude "*.tmp" --size-only
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY
curl -s -X POST https://northlight.shotgrid.autodesk.com/api/v1/auth/access_token -d 'grant_type=client_credentials&client_id=nl_deadline_callbacks&client_secret=⟦b50b_shotgrid_script_key_legacy:hist⟧' | jq .
python3 -m northlight.sg.connection
deadlinecommand -GetJobsFilter Status=Failed | head
deadlinecommand -RequeueJob 65f1d04be1b3f0a1c4d8e7c9
htop
exit
