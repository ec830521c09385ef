cd /opt/gitmirror
ls -la
cat mirror.log | tail -50
git -C repos/platform.git push --mirror https://qt-mirror-bot:⟦b61c_gitee_pat:root⟧@gitee.com/qingteng/platform.git
git -C repos/docs.git push --mirror https://ptk9xq2mw1:⟦b61c_coding_pat:root⟧@e.coding.net/kehu-huaxin/delivery/docs.git
crontab -l
systemctl status gitmirror.timer
mysql -uroot -pQt_root_2023! -e "select user,host from mysql.user"
redis-cli -a ⟦password:rootredis⟧ info keyspace
vim /etc/gitmirror/env
export GITEE_TOKEN=⟦b61c_gitee_pat:root2⟧
./sync.sh --all
journalctl -u gitmirror -n 100 --no-pager
exit
