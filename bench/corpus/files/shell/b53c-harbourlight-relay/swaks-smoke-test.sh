#!/usr/bin/env bash
# Smoke test for smtp-relay.harbourlight.net after config changes: one message per client and
# per upstream. Results land in the ops@ mailbox; check headers for the upstream used.
set -u

TO=${TO:-ops@harbourlight.net}
RELAY=smtp-relay.harbourlight.net

run() {
  echo "== $1"
  shift
  swaks --silent 1 --to "$TO" --server "$RELAY" --port 587 --tls "$@" \
    --header "Subject: relay smoke test $(date -Is)" || echo "!! FAILED"
}

run "gulls-social via postmark" --from notifications@gulls.social \
    --auth LOGIN --auth-user gulls-social --auth-password 'Gulls-Relay-2022!'

run "kelpie-chat via mailgun"   --from noreply@kelpie.chat \
    --auth LOGIN --auth-user kelpie-chat --auth-password 'Kelpie-Relay-2023'

run "riverlands via mailgun"    --from noreply@riverlands.community \
    --auth LOGIN --auth-user riverlands-lemmy --auth-password "${RIVERLANDS_RELAY_PASSWORD:?}"

# direct to upstreams, bypassing the relay (to tell relay problems from provider problems)
echo "== direct: postmark"
swaks --silent 1 --to "$TO" --from notifications@gulls.social --server smtp.postmarkapp.com --port 587 --tls \
  --auth PLAIN --auth-user ⟦postmark_server_token:direct⟧ --auth-password ⟦postmark_server_token:direct⟧

echo "== direct: brevo"
swaks --silent 1 --to "$TO" --from relay@harbourlight.net --server smtp-relay.brevo.com --port 587 --tls \
  --auth LOGIN --auth-user relay@harbourlight.net --auth-password "$(pass show harbourlight/brevo-smtp)"
