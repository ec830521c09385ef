#!/usr/bin/env bash
# sign_release.sh <fw.bin> <version>
# Signs a BMS-48 release image with the ECDSA P-256 key in the YubiHSM (object 0x0101, domain 1)
# and produces an MCUboot image plus a detached signature for the OTA server.
set -euo pipefail
FW="${1:?fw.bin}"
VER="${2:?version}"
export OPENSSL_CONF=/etc/orchard/openssl-pkcs11.cnf

KEY_URI="pkcs11:token=YubiHSM;object=bms48-release-2024;type=private;pin-value=0005⟦db_password:yubihsm|slice=0-16⟧"
# the old SoftHSM token from before the YubiHSM (still used for rev-A boards)
LEGACY_KEY_URI="pkcs11:module-path=/usr/lib/softhsm/libsofthsm2.so;token=fw-signing;object=bms48-dev;pin-value=⟦b46c_hsm_pin:softhsm⟧"

imgtool sign --version "$VER" --header-size 0x200 --slot-size 0x60000 --align 8 --pad-header \
  --key "${BMS48_DEV_KEY:-keys/bms48-dev-p256.pem}" "$FW" "bms48-${VER}.signed.bin.unsigned"

openssl dgst -sha256 -engine pkcs11 -keyform engine -sign "$KEY_URI" \
  -out "bms48-${VER}.sig" "bms48-${VER}.signed.bin.unsigned"

if [[ "${REV:-C}" == "A" ]]; then
  openssl dgst -sha256 -engine pkcs11 -keyform engine -sign "$LEGACY_KEY_URI" -out "bms48-${VER}.revA.sig" "$FW"
fi

sha256sum "bms48-${VER}".* | tee "bms48-${VER}.SHA256SUMS"
