#!/bin/ksh
# secureplus_rekey.sh - yearly re-key of the Connect:Direct Secure+ keystore on CLMGW01
# (cert expiry 2026-03-31, CHG0034410). Run as cdadmin on clmgw01.
#
# Keystore password is also in the CyberArk safe CD-CLMGW01, object "secureplus-keystore".
CDHOME=/opt/cdunix
KEYSTORE=$CDHOME/ndm/secure+/certificates/cdkeystore.p12
NEWCERT=/tmp/clmgw01_2026.p12

. $CDHOME/ndm/bin/cdenv.sh

# 1. import the new node cert (the .p12 came from the PKI team with its own password)
$CDHOME/ndm/bin/spcli.sh <<SPCLI
update keystore
  file=$KEYSTORE
  passphrase=⟦password:keystore⟧
;
import keycert
  file=$NEWCERT
  passphrase=Gw01-import-2026
  label=clmgw01-2026
;
update localnode
  keycertlabel=clmgw01-2026
  protocol=TLS1.2,TLS1.3
  securityMode=Default
;
validate parmfile;
SPCLI

# 2. bounce the server
$CDHOME/ndm/bin/direct <<DIRECT
stop force;
DIRECT
sleep 5
$CDHOME/ndm/bin/cdpmgr -i $CDHOME/ndm/cfg/clmgw01/initparm.cfg

# 3. smoke test back to the mainframe node
$CDHOME/ndm/bin/direct <<DIRECT
submit maxdelay=unlimited clmping process snode=CDZPRD01
  snodeid=(CDCLM01,⟦b55a_racf_password:cdclm01⟧)
step01 run task snode (pgm=IEFBR14);
pend;
select statistics pname=clmping detail=yes;
DIRECT
