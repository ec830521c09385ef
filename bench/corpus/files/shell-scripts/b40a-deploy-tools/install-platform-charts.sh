#!/usr/bin/env bash
# Installs/updates the shared platform charts on a fresh cluster.
# Usage: ./install-platform-charts.sh <kube-context>
set -euo pipefail

CTX="${1:?usage: $0 <kube-context>}"
HELM="helm --kube-context ${CTX}"

echo ">> adding repos"
helm repo add ingress-nginx https://kubernetes.github.io/ingress-nginx >/dev/null
helm repo add jetstack https://charts.jetstack.io >/dev/null
helm repo add datadog https://helm.datadoghq.com >/dev/null
helm repo add bitnami https://charts.bitnami.com/bitnami >/dev/null
helm repo add gitlab https://charts.gitlab.io >/dev/null
# internal chart museum behind basic auth
helm repo add basketly https://charts.basketly.com \
  --username ci-readonly --password '⟦password:chartmuseum⟧' >/dev/null
helm repo update >/dev/null

echo ">> ingress-nginx"
${HELM} upgrade --install ingress-nginx ingress-nginx/ingress-nginx \
  --namespace ingress-nginx --create-namespace \
  --version 4.10.1 \
  --set controller.replicaCount=3 \
  --set controller.metrics.enabled=true \
  --wait

echo ">> cert-manager"
${HELM} upgrade --install cert-manager jetstack/cert-manager \
  --namespace cert-manager --create-namespace \
  --version v1.14.5 \
  --set installCRDs=true \
  --wait

echo ">> datadog agent"
${HELM} upgrade --install datadog datadog/datadog \
  --namespace datadog --create-namespace \
  --set datadog.site=datadoghq.eu \
  --set datadog.apiKey=⟦datadog_api_key:agent⟧ \
  --set datadog.appKey=⟦datadog_app_key:agent⟧ \
  --set datadog.clusterName="${CTX}" \
  --set datadog.logs.enabled=true \
  --set datadog.logs.containerCollectAll=true \
  --set clusterAgent.enabled=true \
  --set clusterAgent.token=⟦generic_api_key_hex32:dca⟧

echo ">> gitlab runner"
${HELM} upgrade --install gitlab-runner gitlab/gitlab-runner \
  --namespace gitlab-runner --create-namespace \
  --set gitlabUrl=https://gitlab.basketly.com/ \
  --set runnerToken="⟦gitlab_runner_token⟧" \
  --set rbac.create=true \
  --set concurrent=8

echo ">> shared postgres for preview envs"
${HELM} upgrade --install preview-pg bitnami/postgresql \
  --namespace previews --create-namespace \
  --set auth.postgresPassword="$(openssl rand -hex 16)" \
  --set auth.username=preview \
  --set auth.existingSecret=preview-pg-auth \
  --set primary.persistence.size=20Gi

echo "done."
