#!/bin/sh
# ipam-lookup.sh <ip|hostname> - quick phpIPAM lookup for the service desk
# App "servicedesk" in phpIPAM (Administration > API): security "SSL with App code token", read-only
IPAM=https://ipam.saltmere.org/api/servicedesk
APP_CODE="⟦b48c_phpipam_app_code:servicedesk⟧"

q="$1"
[ -z "$q" ] && { echo "usage: $0 <ip|hostname>" >&2; exit 2; }

case "$q" in
  *[0-9].[0-9]*) path="addresses/search/$q/" ;;
  *) path="addresses/search_hostname/$q/" ;;
esac

curl -s -H "token: $APP_CODE" -H "Accept: application/json" "$IPAM/$path" \
  | jq -r '.data[]? | [.ip, .hostname, .description, .subnetId] | @tsv'
