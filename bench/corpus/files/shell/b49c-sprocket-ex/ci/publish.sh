#!/bin/sh
# Publishes sprocket_ex to hex.pm and the docs to hexdocs.pm.
# Runs in the `publish` job of .woodpecker.yml on Codeberg CI.
set -eu

: "${CI_COMMIT_TAG:?publish only runs on tags}"

# hex.pm key "codeberg-ci" (api:write), owner: felix
HEX_API_KEY="${HEX_API_KEY:-⟦b49c_hexpm_api_key:ci⟧}"
export HEX_API_KEY

mix local.hex --force
mix local.rebar --force
mix deps.get --only prod
MIX_ENV=prod mix compile --warnings-as-errors

vsn="$(mix run --no-start -e 'IO.puts(Mix.Project.config()[:version])')"
if [ "v${vsn}" != "${CI_COMMIT_TAG}" ]; then
  echo "tag ${CI_COMMIT_TAG} does not match mix.exs version ${vsn}" >&2
  exit 1
fi

mix hex.publish --yes
echo "published sprocket_ex ${vsn}"

# notify the Matrix room #sprocket:matrix.org
curl -fsS -X PUT \
  -H "Authorization: Bearer ⟦b40c_matrix_access_token:ci⟧" \
  -H "Content-Type: application/json" \
  "https://matrix-client.matrix.org/_matrix/client/v3/rooms/!qXbYfWzTnEkLmRpA:matrix.org/send/m.room.message/release-${vsn}" \
  -d "{\"msgtype\":\"m.notice\",\"body\":\"sprocket_ex ${vsn} is on hex.pm: https://hex.pm/packages/sprocket_ex/${vsn}\"}"
