#!/usr/bin/env bash
# Flash a cFS image onto the TSS-1 EM flatsat (lab B12) and boot it.
#   ./scripts/flash_em.sh build/exe/cpu1/core-cpu1.exe
set -euo pipefail

IMAGE=${1:?usage: flash_em.sh <image>}
RIG=${RIG_HOST:-flatsat-b12.lab.tidewater.space}
RIG_USER=${RIG_USER:-fswci}
# lab-only account; bench is on the isolated lab VLAN
RIG_PASS=${RIG_PASS:-'Fsw!Soak2024'}

export SSHPASS="$RIG_PASS"

echo ">> checksum"
sha256sum "$IMAGE"

echo ">> copy to $RIG"
sshpass -e scp -o StrictHostKeyChecking=accept-new "$IMAGE" "$RIG_USER@$RIG:/srv/flatsat/images/current.exe"

echo ">> load via GRMON"
sshpass -e ssh "$RIG_USER@$RIG" 'grmon -uart /dev/ttyUSB1 -u -c /srv/flatsat/load.grmon' | tee flash.log

echo ">> wait for CFE_ES startup"
for i in $(seq 1 30); do
  if sshpass -e ssh "$RIG_USER@$RIG" 'grep -q "CFE_ES_Main: CFE_ES_Main entering OPERATIONAL state" /srv/flatsat/uart1.log'; then
    echo "booted after ${i}s"; exit 0
  fi
  sleep 1
done
echo "!! no OPERATIONAL message after 30s" >&2
exit 1
