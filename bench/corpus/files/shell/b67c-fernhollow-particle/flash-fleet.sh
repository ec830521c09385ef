#!/bin/bash
# flash-fleet.sh - push a firmware binary to every Air v1 unit in the product (Particle product 18842)
# usage: ./flash-fleet.sh firmware/air1-4.2.0.bin [group]
#
# Uses the product API rather than `particle flash` so units that are offline get it on next connect.

set -e

BIN="$1"
GROUP="${2:-beta}"
PRODUCT=18842

# product-level token (fleet manager, created with `particle token create --product`) - expires 2025-01
PARTICLE_TOKEN=${PARTICLE_TOKEN:-⟦b39c_particle_token:fleet⟧}

if [ ! -f "$BIN" ]; then
  echo "no such file: $BIN" >&2
  exit 1
fi

VERSION=$(strings "$BIN" | grep -m1 -oE 'FH_FW_VERSION=[0-9]+' | cut -d= -f2)
echo "uploading $BIN as product firmware version $VERSION"

curl -fsS "https://api.particle.io/v1/products/$PRODUCT/firmware" \
  -H "Authorization: Bearer $PARTICLE_TOKEN" \
  -F "binary=@$BIN" -F "version=$VERSION" -F "title=air1 $VERSION" -F "description=$(git log -1 --pretty=%s)"

echo "releasing to group $GROUP"
curl -fsS -X PUT "https://api.particle.io/v1/products/$PRODUCT/firmware/release" \
  -H "Authorization: Bearer $PARTICLE_TOKEN" \
  -d version="$VERSION" -d groups="$GROUP"

echo "devices in $GROUP:"
curl -fsS "https://api.particle.io/v1/products/$PRODUCT/devices?groups=$GROUP&perPage=100" \
  -H "Authorization: Bearer $PARTICLE_TOKEN" | jq -r '.devices[] | "\(.id)  \(.name)  fw=\(.firmware_version)  online=\(.online)"'
