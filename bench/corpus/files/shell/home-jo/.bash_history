ssh jo@10.0.5.20
mysql -h 10.0.5.20 -u jo -ppurple_monkey_dishwasher
export RESTIC_PASSWORD='Orange-Tractor-77'
restic -r s3:s3.amazonaws.com/jo-backups backup ~/Documents
smbclient //nas/share -U jo%Sunny_Days_2020
mount -t cifs //nas/media /mnt/media -o username=jo,password=Media!Share1
curl -u jo:Blue-Whale-88 https://nextcloud.jo-home.net/remote.php/dav/files/jo/
git push
htop
exit
