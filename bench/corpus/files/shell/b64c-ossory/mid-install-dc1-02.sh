#!/bin/bash
# Unattended MID Server install on mid-dc1-02 (RHEL 9). See KB0012847.
set -e
cd /opt/servicenow/mid/agent
sudo ./installer.sh -silent \
  -INSTANCE_URL https://ossoryhealth.service-now.com \
  -MUTUAL_AUTH N \
  -MID_USERNAME svc_mid_dc1_02 \
  -MID_PASSWORD 'Ossory-MID#2025' \
  -MID_NAME MID-DC1-02 \
  -USE_PROXY Y -PROXY_HOST webproxy.ossory.local -PROXY_PORT 8080 \
  -PROXY_USERNAME 'OSSORY\svc_mid_proxy' -PROXY_PASSWORD 'Pr0xyMid!Ossory' \
  -APP_NAME mid_dc1_02 -APP_LONG_NAME ServiceNow_MID_Server_DC1_02 \
  -NON_ROOT_USER mid
sudo systemctl status mid_dc1_02 --no-pager
