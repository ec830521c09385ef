#!/usr/bin/env python3
"""One-off: sweep the 2019 single-sig deposit addresses into the new multisig.

Keys come from the old payments DB export. Run once, verify on mempool.space, then DELETE this file.
"""
from bit import Key, wif_to_key
from bip_utils import Bip32Slip10Secp256k1, Bip44Changes

DESTINATION = "⟦b47b_bech32_address:bc-dest⟧"  # new 2-of-3 vault receive address

# legacy hot keys (WIF, compressed)
LEGACY_WIFS = [
    "⟦b47b_btc_wif:a⟧",
    "⟦b47b_btc_wif:b⟧",
]

# account xprv of the 2019 deposit wallet (m/84'/0'/0')
DEPOSIT_XPRV = "⟦b47b_btc_xprv:deposit⟧"


def main() -> None:
    for wif in LEGACY_WIFS:
        key = wif_to_key(wif)
        bal = key.get_balance("btc")
        if float(bal) > 0:
            txid = key.send([], leftover=DESTINATION, fee=12)
            print("swept", key.address, bal, txid)

    acct = Bip32Slip10Secp256k1.FromExtendedKey(DEPOSIT_XPRV)
    for i in range(200):
        child = acct.ChildKey(Bip44Changes.CHAIN_EXT).ChildKey(i)
        k = Key.from_hex(child.PrivateKey().Raw().ToHex())
        if float(k.get_balance("btc")) > 0:
            print("deposit", i, k.segwit_address, k.send([], leftover=DESTINATION, fee=12))


if __name__ == "__main__":
    main()
