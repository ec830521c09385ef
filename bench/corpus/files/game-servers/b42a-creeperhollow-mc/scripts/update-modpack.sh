#!/usr/bin/env bash
# Pull the latest "Hollow Pack" release, push it to the creative server via the
# Pterodactyl client API, restart, and announce in Discord.
# Runs nightly from cron on the panel host:  15 4 * * * /opt/ch/scripts/update-modpack.sh
set -euo pipefail

PANEL="https://panel.creeperhollow.net"
# client API key of the "automation" panel user (Account > API Credentials), allowed from 10.0.10.0/24
PTERO_KEY="${PTERO_KEY:-⟦b42a_pterodactyl_client_key:automation⟧}"
SERVER_ID="3f9b2c1d"   # creative

# used by `packwiz modrinth export` + the Modrinth publish step
export MODRINTH_TOKEN="⟦b42a_modrinth_pat⟧"
# CurseForge Core API key for `packwiz curseforge refresh` (from console.curseforge.com)
export CF_API_KEY='⟦b42a_curseforge_api_key⟧'

DISCORD_HOOK="⟦discord_webhook:modpack⟧"

PACK_DIR=/opt/ch/modpack
cd "$PACK_DIR"

git pull --ff-only
packwiz refresh
packwiz modrinth export -o /tmp/hollow-pack.mrpack
VERSION=$(grep '^version' pack.toml | cut -d'"' -f2)

curl -fsS -X POST "https://api.modrinth.com/v2/version" \
  -H "Authorization: $MODRINTH_TOKEN" \
  -F "data={\"project_id\":\"hL7pQx2v\",\"version_number\":\"$VERSION\",\"name\":\"Hollow Pack $VERSION\",\"game_versions\":[\"1.21.1\"],\"loaders\":[\"neoforge\"],\"version_type\":\"release\",\"featured\":true,\"file_parts\":[\"file\"],\"dependencies\":[]}" \
  -F "file=@/tmp/hollow-pack.mrpack" >/dev/null

# upload the server pack into the creative server's /mods via a signed upload URL
UPLOAD_URL=$(curl -fsS "$PANEL/api/client/servers/$SERVER_ID/files/upload" \
  -H "Authorization: Bearer $PTERO_KEY" -H "Accept: Application/vnd.pterodactyl.v1+json" | jq -r .attributes.url)
curl -fsS -X POST "$UPLOAD_URL&directory=/" -F "files=@/tmp/hollow-pack.mrpack" >/dev/null

curl -fsS -X POST "$PANEL/api/client/servers/$SERVER_ID/power" \
  -H "Authorization: Bearer $PTERO_KEY" -H "Content-Type: application/json" \
  -d '{"signal":"restart"}'

# admin-side: also bump the egg variable so new installs get the same version
curl -fsS -X PATCH "$PANEL/api/application/servers/17/startup" \
  -H "Authorization: Bearer ⟦b42a_pterodactyl_app_key⟧" -H "Content-Type: application/json" \
  -d "{\"environment\":{\"PACK_VERSION\":\"$VERSION\"},\"egg\":15,\"image\":\"ghcr.io/pterodactyl/yolks:java_21\",\"skip_scripts\":false,\"startup\":\"java -jar server.jar\"}" >/dev/null

curl -fsS -H "Content-Type: application/json" \
  -d "{\"content\":\"Hollow Pack **$VERSION** is live on creative :tada:\"}" "$DISCORD_HOOK"
