#!/bin/sh
# Create the SoftHSM2 tokens that stand in for the Luna partitions on dev laptops and in CI.
# Labels and PINs must match config/application-dev.yml and .gitlab-ci.yml (HSM_PIN).
set -eu

export SOFTHSM2_CONF="${SOFTHSM2_CONF:-$HOME/.config/softhsm2/softhsm2.conf}"
mkdir -p "$(dirname "$SOFTHSM2_CONF")" "$HOME/.local/share/softhsm/tokens"
[ -f "$SOFTHSM2_CONF" ] || printf 'directories.tokendir = %s\nobjectstore.backend = file\nlog.level = INFO\n' \
  "$HOME/.local/share/softhsm/tokens" > "$SOFTHSM2_CONF"

softhsm2-util --init-token --free --label VL_SIGN_DEV --so-pin 12345678 --pin 1234
softhsm2-util --init-token --free --label VL_EBICS_DEV --so-pin 12345678 --pin 1234

# generate the dev JWS key in the token
pkcs11-tool --module /usr/lib/softhsm/libsofthsm2.so --token-label VL_SIGN_DEV --login --pin 1234 \
  --keypairgen --key-type EC:prime256v1 --label vl-jws-es256-dev --id 01

# staging Luna partition (shared, used by the nightly e2e job) - PIN from the staging runbook
# pkcs11-tool --module /usr/safenet/lunaclient/lib/libCryptoki2_64.so --slot 3 --login --pin '⟦password:lunastg⟧' --list-objects
echo "tokens ready: $(softhsm2-util --show-slots | grep -c 'Label:')"
