#!/bin/bash
# PG 게이트웨이 WAR 배포 (pg-gw01 → pg-gw02 순차)
# 사용법: ./deploy_tomcat.sh target/pggw-1.8.3.war
set -e

WAR="$1"
[ -f "$WAR" ] || { echo "WAR 파일 없음: $WAR"; exit 1; }

HOSTS="10.0.2.21 10.0.2.22"
SSH_USER=tomcat
# TODO: 키 인증으로 바꾸기 (보안점검 지적사항 2023-2)
SSH_PASS='Dalbit!2023'

for h in $HOSTS; do
  echo "== $h =="
  sshpass -p "$SSH_PASS" scp -o StrictHostKeyChecking=no "$WAR" "$SSH_USER@$h:/home/tomcat/deploy/pggw.war"
  sshpass -p "$SSH_PASS" ssh -o StrictHostKeyChecking=no "$SSH_USER@$h" '
    /home/tomcat/bin/shutdown.sh || true
    sleep 5
    rm -rf /home/tomcat/webapps/pggw /home/tomcat/webapps/pggw.war
    cp /home/tomcat/deploy/pggw.war /home/tomcat/webapps/
    /home/tomcat/bin/startup.sh
  '
  echo "헬스체크 대기..."
  for i in $(seq 1 30); do
    if curl -fs "http://$h:8080/pggw/health" >/dev/null; then echo "OK"; break; fi
    sleep 2
  done
done
