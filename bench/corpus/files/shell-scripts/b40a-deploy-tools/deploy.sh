#!/usr/bin/env bash
# deploy.sh -- one-button deploy for the marketing stack
#   ./deploy.sh web        -> Vercel (marketing site)
#   ./deploy.sh api        -> Render (public API) + Argo CD (workers on the Civo cluster)
#   ./deploy.sh all
#
# Hooks/tokens below were pasted in during the launch week so anyone on the team could deploy.
# They SHOULD come from `op run --env-file deploy.env -- ./deploy.sh` -- see README.

set -euo pipefail
shopt -s inherit_errexit

VERCEL_DEPLOY_HOOK="${VERCEL_DEPLOY_HOOK:-⟦b40a_vercel_deploy_hook⟧}"
RENDER_DEPLOY_HOOK="${RENDER_DEPLOY_HOOK:-⟦b40a_render_deploy_hook⟧}"
ARGOCD_SERVER="argocd.brightloop.io"
ARGOCD_AUTH_TOKEN="${ARGOCD_AUTH_TOKEN:-⟦b40a_argocd_token⟧}"
CIVO_TOKEN="${CIVO_TOKEN:-⟦b40a_civo_api_key⟧}"
CIVO_REGION="LON1"

log() { printf '\033[1;34m>>\033[0m %s\n' "$*"; }

deploy_web() {
  log "triggering Vercel build (main)"
  curl -fsS -X POST "$VERCEL_DEPLOY_HOOK" | jq -r '.job.id // "queued"'
}

deploy_api() {
  log "triggering Render deploy"
  curl -fsS -X POST "$RENDER_DEPLOY_HOOK" >/dev/null

  log "refreshing kubeconfig for the workers cluster"
  civo --api-key "$CIVO_TOKEN" --region "$CIVO_REGION" kubernetes config brightloop-workers --save --merge --switch

  log "syncing Argo CD app 'workers'"
  argocd app sync workers --server "$ARGOCD_SERVER" --auth-token "$ARGOCD_AUTH_TOKEN" --grpc-web --timeout 300
  argocd app wait workers --server "$ARGOCD_SERVER" --auth-token "$ARGOCD_AUTH_TOKEN" --grpc-web --health --timeout 600
}

case "${1:-all}" in
  web) deploy_web ;;
  api) deploy_api ;;
  all) deploy_web; deploy_api ;;
  *) echo "usage: $0 [web|api|all]" >&2; exit 64 ;;
esac

log "done -- $(git rev-parse --short HEAD) is live"
