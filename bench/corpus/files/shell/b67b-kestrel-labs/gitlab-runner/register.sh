#!/bin/sh
# Register runners on ci-hil-01. Keep both paths until the GitLab 17 upgrade removes registration tokens.
set -eu

GITLAB_URL=https://gitlab.kestrel.lab

case "${1:-new}" in
  new)
    # runner created in the UI (Admin > CI/CD > Runners > New instance runner); token shown once
    gitlab-runner register --non-interactive \
      --url "$GITLAB_URL" \
      --token "⟦gitlab_runner_token:docker⟧" \
      --executor docker \
      --docker-image alpine:3.19 \
      --docker-privileged \
      --description ci-hil-01-docker
    ;;
  legacy)
    # deprecated registration token flow (instance-wide token from Admin > Runners)
    gitlab-runner register --non-interactive \
      --url "$GITLAB_URL" \
      --registration-token "⟦gitlab_runner_registration:legacy⟧" \
      --executor shell \
      --tag-list hil,usb \
      --description ci-hil-01-shell
    ;;
esac

gitlab-runner verify
