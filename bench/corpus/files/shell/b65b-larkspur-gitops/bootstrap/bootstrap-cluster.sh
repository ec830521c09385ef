#!/usr/bin/env bash
# bootstrap-cluster.sh -- stand up a fresh kubeadm control plane for a Larkspur on-prem site
# (depots run 3x control plane + N workers on bare metal) and hand it over to Argo CD.
#
# Usage: sudo ./bootstrap-cluster.sh <site> <first-cp-ip>
#
# History:
#   2025-06  initial version (mk)
#   2025-09  pinned certificate key so the 2nd/3rd CP can join from cloud-init (jb)
#   2026-01  install sealed-secrets key from backup instead of generating a new one (mk)
set -euo pipefail

SITE="${1:?site}"
CP_IP="${2:?first control plane ip}"
K8S_VERSION="1.32.4"
POD_CIDR="10.244.0.0/16"
SVC_CIDR="10.96.0.0/12"
LOG=/var/log/larkspur-bootstrap.log

exec > >(tee -a "$LOG") 2>&1

log() { printf '%s [%s] %s\n' "$(date -u +%FT%TZ)" "$SITE" "$*"; }

require() {
  for bin in "$@"; do
    command -v "$bin" >/dev/null || { echo "missing $bin" >&2; exit 1; }
  done
}
require kubeadm kubectl helm jq curl

log "preflight"
swapoff -a
modprobe br_netfilter overlay
sysctl -q -w net.ipv4.ip_forward=1

# ---------------------------------------------------------------------------
# 1. kubeadm init
#    Token and certificate key are fixed so cloud-init on cp-2/cp-3 can join
#    without a round trip. They are valid for 24h / 2h respectively, but the
#    certificate key is also what decrypts kubeadm-certs if someone re-uploads.
# ---------------------------------------------------------------------------
BOOTSTRAP_TOKEN="⟦kubeadm_bootstrap_token:site⟧"
CERT_KEY="⟦b65b_kubeadm_certificate_key⟧"

cat > /etc/kubernetes/kubeadm-init.yaml <<YAML
apiVersion: kubeadm.k8s.io/v1beta4
kind: InitConfiguration
bootstrapTokens:
  - token: "${BOOTSTRAP_TOKEN}"
    ttl: 24h0m0s
    usages: [signing, authentication]
localAPIEndpoint:
  advertiseAddress: ${CP_IP}
certificateKey: "${CERT_KEY}"
---
apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
kubernetesVersion: v${K8S_VERSION}
controlPlaneEndpoint: "k8s-${SITE}.depots.larkspur.internal:6443"
networking:
  podSubnet: ${POD_CIDR}
  serviceSubnet: ${SVC_CIDR}
apiServer:
  extraArgs:
    - name: encryption-provider-config
      value: /etc/kubernetes/enc/encryption-config.yaml
YAML

log "kubeadm init"
kubeadm init --config /etc/kubernetes/kubeadm-init.yaml --upload-certs

export KUBECONFIG=/etc/kubernetes/admin.conf

# ---------------------------------------------------------------------------
# 2. CNI
# ---------------------------------------------------------------------------
log "installing cilium"
helm repo add cilium https://helm.cilium.io >/dev/null
helm upgrade --install cilium cilium/cilium -n kube-system --version 1.17.3 \
  --set kubeProxyReplacement=true \
  --set k8sServiceHost="k8s-${SITE}.depots.larkspur.internal" \
  --set k8sServicePort=6443

kubectl -n kube-system rollout status ds/cilium --timeout=5m

# ---------------------------------------------------------------------------
# 3. sealed-secrets with the shared controller key, so SealedSecrets in git
#    decrypt on every site. Key backup lives in 1Password ("sealed-secrets prod key").
# ---------------------------------------------------------------------------
log "restoring sealed-secrets key"
if [[ -f /root/sealed-secrets-key.yaml ]]; then
  kubectl apply -f /root/sealed-secrets-key.yaml
else
  echo "WARNING: no sealed-secrets key backup found, controller will generate a new one" >&2
fi
helm upgrade --install sealed-secrets sealed-secrets/sealed-secrets -n kube-system --version 2.17.1 \
  --set fullnameOverride=sealed-secrets-controller

# ---------------------------------------------------------------------------
# 4. external-dns + cert-manager need the Cloudflare token (zone larkspur.io, DNS edit)
# ---------------------------------------------------------------------------
CF_API_TOKEN="${CF_API_TOKEN:-⟦cloudflare_api_token:dns⟧}"
kubectl create namespace cert-manager --dry-run=client -o yaml | kubectl apply -f -
kubectl -n cert-manager create secret generic cloudflare-api-token \
  --from-literal=api-token="$CF_API_TOKEN" --dry-run=client -o yaml | kubectl apply -f -

# ---------------------------------------------------------------------------
# 4b. Tailscale subnet router so the on-call laptop can reach the API server,
#     and the Datadog agent (site datadoghq.eu)
# ---------------------------------------------------------------------------
helm upgrade --install tailscale-operator tailscale/tailscale-operator -n tailscale --create-namespace \
  --set-string oauth.clientId=kQ7sPx2NbR11CNTRL \
  --set-string oauth.clientSecret=⟦tailscale_oauth_secret⟧
helm upgrade --install datadog-agent datadog/datadog -n datadog --create-namespace \
  --set datadog.site=datadoghq.eu \
  --set datadog.apiKey=⟦datadog_api_key:boot⟧ \
  --set datadog.clusterName="larkspur-${SITE}"

# ---------------------------------------------------------------------------
# 5. Argo CD + root app
# ---------------------------------------------------------------------------
log "installing argo cd"
helm upgrade --install argocd argo/argo-cd -n argocd --create-namespace --version 8.0.14 \
  -f "$(dirname "$0")/../helmfile.d/values/argocd.yaml.gotmpl"

kubectl -n argocd rollout status deploy/argocd-server --timeout=5m

# initial admin password is only needed until OIDC works; print it for the operator
ADMIN_PW=$(kubectl -n argocd get secret argocd-initial-admin-secret -o jsonpath='{.data.password}' | base64 -d)
log "argocd admin password: ${ADMIN_PW}  (disable admin once Okta login is verified)"

kubectl apply -f "$(dirname "$0")/../apps/root-app.yaml"

# ---------------------------------------------------------------------------
# 6. print join commands for the other control-plane nodes and workers
# ---------------------------------------------------------------------------
CA_HASH=$(openssl x509 -pubkey -in /etc/kubernetes/pki/ca.crt \
  | openssl rsa -pubin -outform der 2>/dev/null | sha256sum | cut -d' ' -f1)

cat <<JOIN
control plane:
  kubeadm join k8s-${SITE}.depots.larkspur.internal:6443 --token ${BOOTSTRAP_TOKEN} \\
    --discovery-token-ca-cert-hash sha256:${CA_HASH} \\
    --control-plane --certificate-key ${CERT_KEY}
worker:
  kubeadm join k8s-${SITE}.depots.larkspur.internal:6443 --token ${BOOTSTRAP_TOKEN} \\
    --discovery-token-ca-cert-hash sha256:${CA_HASH}
JOIN

log "done"
