dspmq -o all
dspmqver
runmqsc HRQM01
echo "DISPLAY CHSTATUS(HR.APP.SVRCONN) CONNAME MSGS" | runmqsc HRQM01
echo "DISPLAY QLOCAL(HR.CARHIRE.*) CURDEPTH IPPROCS OPPROCS" | runmqsc HRQM01
cd /var/mqm/qmgrs/HRQM01/errors
tail -200 AMQERR01.LOG
grep -n AMQ5534 AMQERR01.LOG | tail
ldapsearch -H ldaps://ldap1.halvorsenrail.com -D "cn=svc-mq-bind,ou=service,dc=halvorsenrail,dc=com" -w '⟦password:ldapbind⟧' -b ou=people,dc=halvorsenrail,dc=com "(sAMAccountName=svc-carhire)" memberOf
echo "REFRESH SECURITY TYPE(CONNAUTH)" | runmqsc HRQM01
cd /var/mqm/qmgrs/HRQM01/ssl
runmqakm -keydb -create -db key.kdb -pw ⟦password:kdb⟧ -type cms -stash
runmqakm -cert -import -file /tmp/hrqm01-2025.p12 -pw ⟦password:p12import⟧ -type pkcs12 -target key.kdb -target_stashed -target_type cms
runmqakm -cert -list -db key.kdb -stashed
runmqakm -cert -details -db key.kdb -stashed -label hrqm01-2025
echo "REFRESH SECURITY TYPE(SSL)" | runmqsc HRQM01
curl -k -u mqadmin:⟦password:mqadmin⟧ https://hrqm01a.mq.halvorsenrail.com:9443/ibmmq/rest/v2/admin/qmgr/HRQM01/queue?name=HR.*
curl -k -u mqadmin:⟦password:mqadmin⟧ -H "ibm-mq-rest-csrf-token: x" -H "Content-Type: text/plain;charset=utf-8" -X POST https://hrqm01a.mq.halvorsenrail.com:9443/ibmmq/rest/v2/messaging/qmgr/HRQM01/queue/HR.CARHIRE.REQ/message -d 'ping'
history | grep curl
amqsbcg HR.CARHIRE.BACKOUT HRQM01 | head -80
/opt/mqm/samp/bin/amqsputc HR.CARHIRE.REQ HRQM01
export MQSAMP_USER_ID=svc-carhire
export MQ_PASSWORD='⟦password:mqapp⟧'
/opt/mqm/samp/bin/amqsputc HR.CARHIRE.REQ HRQM01
dmpmqcfg -m HRQM01 -a > /tmp/HRQM01.dmp
scp /tmp/HRQM01.dmp jump01:/backup/mq/
exit
