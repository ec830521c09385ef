systemctl status dovecot
journalctl -u dovecot --since "1 hour ago" | grep -i auth
doveadm who
doveadm pw -s SHA512-CRYPT -p 'Welcome2024!'
vim /etc/dovecot/users
doveadm auth test buchhaltung@ostermann-tischlerei.de
mysql -h db-mail.int.hostwell.net -u dovecot -p'⟦db_password:dovecot⟧' mailserver -e "select email, active from virtual_users where email like '%ostermann%'"
postqueue -p | tail -20
postsuper -d ALL deferred
exim -bp | exiqsumm
curl -s -H 'X-API-Key: ⟦b42c_powerdns_api_key:ns2⟧' http://10.20.0.12:8081/api/v1/servers/localhost/zones | jq '.[].name'
curl -s -X PATCH -H 'X-API-Key: ⟦b42c_powerdns_api_key:ns2⟧' http://10.20.0.12:8081/api/v1/servers/localhost/zones/brightkiln.co.uk. -d @/tmp/rrset.json
rndc reload hostwell.net
rndc signing -list hostwell.net
dig +dnssec hostwell.net DNSKEY @127.0.0.1
dnssec-dsfromkey /etc/bind/keys/Khostwell.net.+013+41235.key
opendkim-genkey -b 2048 -d brightkiln.co.uk -s mail2024 -D /etc/opendkim/keys/brightkiln.co.uk/
chown opendkim: /etc/opendkim/keys/brightkiln.co.uk/*
opendkim-testkey -d brightkiln.co.uk -s mail2024 -vvv
imapsync --host1 imap.old-provider.de --user1 buchhaltung@ostermann-tischlerei.de --password1 'Tischler#2019' --host2 127.0.0.1 --user2 buchhaltung@ostermann-tischlerei.de --authuser2 'migrator' --password2 'Imapsync-Master-77'
certbot renew --dry-run
history | grep imapsync
exit
