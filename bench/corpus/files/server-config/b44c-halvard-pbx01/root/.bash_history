asterisk -rx "pjsip show registrations"
asterisk -rx "pjsip show endpoint twilio-primary"
tail -f /var/log/asterisk/full | grep -i twilio
sngrep -d eth0 port 5060
asterisk -rx "core reload"
cd /etc/asterisk
vim pjsip.conf
asterisk -rx "module reload res_pjsip.so"
curl -s -u ⟦twilio_account_sid:main⟧:⟦twilio_auth_token:main⟧ https://trunking.twilio.com/v1/Trunks | jq '.trunks[].friendly_name'
curl -s -X POST https://api.twilio.com/2010-04-01/Accounts/⟦twilio_account_sid:main⟧/SIP/CredentialLists/CL⟦md5:cl⟧/Credentials.json --data-urlencode "Username=pbx01" --data-urlencode "Password=⟦password:twilio-cred⟧" -u ⟦twilio_account_sid:main⟧:⟦twilio_auth_token:main⟧
history | grep curl
asterisk -rx "pjsip show auths"
systemctl status asterisk
curl -X POST -H 'Content-type: application/json' --data '{"text":"pbx01: trunk-status.sh test"}' ⟦slack_webhook:trunk⟧
curl -fsSL https://tailscale.com/install.sh | sh
tailscale up --authkey=⟦tailscale_auth_key:pbx01⟧ --hostname=pbx01 --advertise-tags=tag:voice
tailscale status
mysql -u asterisk -p'Ast3risk#RT' asterisk_rt -e "select id,username from ps_auths where id like '21%'"
mysql -u asterisk -p'Ast3risk#RT' asterisk_rt -e "update ps_auths set password='Reception2101!' where id='2101'"
asterisk -rx "pjsip show aor 2101"
fail2ban-client status asterisk
fail2ban-client set asterisk unbanip 81.2.69.142
iptables -L -n | grep 5060
openssl s_client -connect sip.telnyx.com:5061 </dev/null | head
asterisk -rx "manager show connected"
telnet 127.0.0.1 5038
nc -v 127.0.0.1 5038
printf 'Action: Login\r\nUsername: crm-dialer\r\nSecret: ⟦password:crm-dialer⟧\r\n\r\nAction: CoreStatus\r\n\r\nAction: Logoff\r\n\r\n' | nc 127.0.0.1 5038
journalctl -u asterisk --since "1 hour ago"
SENDGRID_API_KEY=⟦sendgrid_api_key:vm2email⟧ swaks --to priya.nair@quayline.io --server smtp.sendgrid.net:587 --auth LOGIN --auth-user apikey --auth-password "$SENDGRID_API_KEY" --header "Subject: vm2email test"
df -h /var/spool/asterisk/monitor
aws s3 sync /var/spool/asterisk/monitor s3://halvard-call-recordings/pbx01 --storage-class STANDARD_IA
export AWS_ACCESS_KEY_ID=⟦aws_access_key_id:rec⟧
export AWS_SECRET_ACCESS_KEY=⟦aws_secret_access_key:rec⟧
aws s3 sync /var/spool/asterisk/monitor s3://halvard-call-recordings/pbx01 --storage-class STANDARD_IA
unset AWS_SECRET_ACCESS_KEY AWS_ACCESS_KEY_ID
find /var/spool/asterisk/monitor -mtime +30 -delete
exit
