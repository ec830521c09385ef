#!/bin/sh
# put_meter_reads.sh - send the daily AMI meter reads to MVS (dataset ORN.PROD.METER.READS(+1))
# for the collections system. cron: 15 4 * * *  svc_billftp
#
# MVS FTP server needs SITE parameters to allocate the GDG generation correctly.
set -e

DAY=$(date +%Y%m%d)
SRC=/data/ami/out/reads_$DAY.txt
HOST=mvs1.orinocoutilities.com
LOG=/var/log/billftp/put_meter_reads_$DAY.log

[ -s "$SRC" ] || { echo "no reads file $SRC" >&2; exit 1; }

ftp -inv "$HOST" >"$LOG" 2>&1 <<FTP
user ORNFTP1 ⟦b55a_racf_password:ornftp1⟧
ascii
quote SITE RECFM=FB LRECL=120 BLKSIZE=27960 CYLINDERS PRIMARY=50 SECONDARY=10
put $SRC 'ORN.PROD.METER.READS(+1)'
quote SITE FILETYPE=JES
put /opt/billftp/jcl/MTRLOAD.jcl
quit
FTP

if grep -q "^226" "$LOG"; then
  status=ok
else
  status=FAILED
fi

curl -s -X POST -H 'Content-type: application/json' \
  --data "{\"text\":\"meter reads $DAY to MVS: $status\"}" \
  "⟦slack_webhook:billing⟧"

[ "$status" = ok ]
