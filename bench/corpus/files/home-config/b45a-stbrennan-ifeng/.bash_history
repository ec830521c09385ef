sudo -iu mirth
cd /opt/mirthconnect
tail -f logs/mirth.log
./mcserver status
grep -n keystore conf/mirth.properties
keytool -list -keystore appdata/keystore.jks -storetype JCEKS -storepass '⟦b45a_mirth_keystore_pass:store⟧'
openssl pkcs12 -export -in /tmp/mirth01.crt -inkey /tmp/mirth01.key -out /tmp/mirth01.p12 -name mirth -passout pass:⟦password:p12tmp⟧
keytool -importkeystore -srckeystore /tmp/mirth01.p12 -srcstoretype PKCS12 -srcstorepass ⟦password:p12tmp⟧ -destkeystore appdata/keystore.jks -deststoretype JCEKS -deststorepass '⟦b45a_mirth_keystore_pass:store⟧' -alias mirth
rm /tmp/mirth01.p12 /tmp/mirth01.key
exit
PGPASSWORD='⟦db_password:mirthdb⟧' psql -h sbrmc-pgsql03.sbrmc.local -U mirth_prod mirthdb -c "select count(*) from d_m12 where received_date > now() - interval '1 day'"
curl -sk -u radadmin:⟦password:radadmin⟧ https://pacs-cache01.sbrmc.local:8042/system | jq .
curl -sk -u radadmin:⟦password:radadmin⟧ https://pacs-cache01.sbrmc.local:8042/statistics
curl -sk -u mirth:$ORTHANC_PASSWORD https://pacs-cache01.sbrmc.local:8042/tools/create-worklist -d @/tmp/wl_test.json
./mccommand -a https://sbrmc-mirth01.sbrmc.local:8443 -u admin -p '⟦password:mirthbreakglass⟧' -s /tmp/cmds.txt
sftp sbrmc_results@sftp.cedarvalleylab.com
ls -la /opt/mirthconnect/appdata/keys/
sudo chmod 600 /opt/mirthconnect/appdata/keys/epic-backend-prd.pem
history -c
