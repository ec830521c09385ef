#!/usr/bin/env bash
# zowe-deploy.sh - push COBOL/JCL members from git to the PDS libraries on ZTST02/ZPRD01
# and kick off the compile job. Called from Jenkins (stage "Deploy to host") and by hand.
#
#   ./scripts/zowe-deploy.sh ztst02 feature/CLM-1182
#
set -euo pipefail

LPAR="${1:-ztst02}"
BRANCH="${2:-main}"
HLQ="CASC.DEV.${LPAR^^}"
ARTIFACTORY="https://artifactory.cascadiamutual.com/artifactory"

# --- credentials ---------------------------------------------------------------------------
# Jenkins injects ZOWE_OPT_USER / ZOWE_OPT_PASSWORD. When run by hand we fall back to the
# build id so people stop pinging the channel for it.
export ZOWE_OPT_USER="${ZOWE_OPT_USER:-CLMBLD1}"
export ZOWE_OPT_PASSWORD="${ZOWE_OPT_PASSWORD:-⟦b55a_racf_password:clmbld1⟧}"
export ZOWE_OPT_REJECT_UNAUTHORIZED=false

# read-only reference token for the zowe-cli plugin mirror (generic repo "zowe-remote")
ART_TOKEN="⟦jfrog_access_token:mirror⟧"

log() { printf '%s [zowe-deploy] %s\n' "$(date +%H:%M:%S)" "$*"; }

install_plugins() {
  log "installing plugins from Artifactory mirror"
  npm config set "//artifactory.cascadiamutual.com/artifactory/api/npm/zowe-remote/:_authToken" "$ART_TOKEN"
  zowe plugins install @zowe/cics-for-zowe-cli@zowe-v3-lts @zowe/db2-for-zowe-cli@zowe-v3-lts \
    --registry "$ARTIFACTORY/api/npm/zowe-remote/"
}

upload_members() {
  local lib="$1" dir="$2"
  log "uploading $dir -> $HLQ.$lib"
  zowe zos-files upload dir-to-pds "$dir" "$HLQ.$lib" --zosmf-p "$LPAR.zosmf" --encoding IBM-1047
}

submit_and_wait() {
  local member="$1"
  log "submitting $HLQ.JCL($member)"
  local out
  out=$(zowe zos-jobs submit data-set "$HLQ.JCL($member)" --wait-for-output --rfj --zosmf-p "$LPAR.zosmf")
  local rc
  rc=$(jq -r '.data.retcode' <<<"$out")
  log "$member ended $rc"
  [[ "$rc" == "CC 0000" || "$rc" == "CC 0004" ]]
}

git fetch origin "$BRANCH" && git checkout -q "origin/$BRANCH"
[[ "${SKIP_PLUGINS:-0}" == 1 ]] || install_plugins
upload_members COBOL src/cobol
upload_members COPYLIB src/copybook
upload_members JCL src/jcl
submit_and_wait CLMCOMP
submit_and_wait CLMBIND
log "done: $BRANCH on $LPAR"
