#!/usr/bin/env bash
# burn_efuses.sh <port>  -- one-time eFuse programming for Halo production boards (EOL station 1)
#
# Burns: secure boot V2 key digest (BLOCK_KEY0), flash encryption key (BLOCK_KEY1),
#        NVS HMAC key (BLOCK_KEY2). IRREVERSIBLE. Run only on boards that passed ICT.
set -euo pipefail
PORT="${1:?serial port}"
WORK="$(mktemp -d)"
trap 'shred -u "$WORK"/*.bin 2>/dev/null; rm -rf "$WORK"' EXIT

# Digest of the secure boot public key (espsecure.py digest_sbv2_public_key). Public data.
SB_DIGEST="⟦sha256:sbdigest⟧"

# Fleet-wide keys for hardware rev 3. (Per-device keys are on the roadmap, LW-1181.)
FLASH_ENC_KEY_HEX="⟦encryption_key_hex:flashenc⟧"
NVS_HMAC_KEY_HEX="⟦encryption_key_hex:nvshmac⟧"

echo "$SB_DIGEST" | xxd -r -p > "$WORK/sb_digest.bin"
echo "$FLASH_ENC_KEY_HEX" | xxd -r -p > "$WORK/flash_enc_key.bin"
echo "$NVS_HMAC_KEY_HEX" | xxd -r -p > "$WORK/nvs_hmac_key.bin"

espefuse.py --port "$PORT" --chip esp32c3 --do-not-confirm burn_key_digest BLOCK_KEY0 "$WORK/sb_digest.bin" SECURE_BOOT_DIGEST0
espefuse.py --port "$PORT" --chip esp32c3 --do-not-confirm burn_key BLOCK_KEY1 "$WORK/flash_enc_key.bin" XTS_AES_128_KEY
espefuse.py --port "$PORT" --chip esp32c3 --do-not-confirm burn_key BLOCK_KEY2 "$WORK/nvs_hmac_key.bin" HMAC_UP
espefuse.py --port "$PORT" --chip esp32c3 --do-not-confirm burn_efuse SPI_BOOT_CRYPT_CNT 7
espefuse.py --port "$PORT" --chip esp32c3 summary | tee "eol-logs/efuse-$(date +%s).txt"
