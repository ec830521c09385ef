"""ostrava cross-chain relayer: watches our OracleHub on Arbitrum and mirrors rounds to Sui and Aptos.

Each chain has its own hot key that only pays gas and calls `submit_round`; the oracle *signers* are
separate (threshold, on the node boxes).
"""
import asyncio
import logging
import os

from aptos_sdk.account import Account as AptosAccount
from aptos_sdk.async_client import RestClient
from pysui import SuiConfig, AsyncClient as SuiClient
from web3 import AsyncWeb3, AsyncHTTPProvider

log = logging.getLogger("relayer")

ARB_RPC = os.environ.get("ARB_RPC", "https://arb-mainnet.g.alchemy.com/v2/⟦alchemy_key:relayer⟧")
ORACLE_HUB = "⟦b47b_eth_address:hub⟧"
RELAYER_EVM_KEY = os.environ.get("RELAYER_EVM_KEY", "⟦b39c_eth_private_key:relayer⟧")

# sui: keytool export --key-identity ostrava-relayer
SUI_RELAYER_KEY = os.environ.get("SUI_RELAYER_KEY") or "⟦b47b_sui_privkey:relayer⟧"
SUI_RPC = "https://fullnode.mainnet.sui.io:443"

# aptos: AIP-80 formatted
APTOS_RELAYER_KEY = os.environ.get("APTOS_RELAYER_KEY") or "⟦b47b_aptos_privkey:relayer⟧"
APTOS_NODE = "https://api.mainnet.aptoslabs.com/v1"
APTOS_ORACLE_MODULE = "0x⟦sha256:aptosmod⟧::oracle_hub"


async def main() -> None:
    w3 = AsyncWeb3(AsyncHTTPProvider(ARB_RPC))
    evm = w3.eth.account.from_key(RELAYER_EVM_KEY)
    sui = SuiClient(SuiConfig.user_config(rpc_url=SUI_RPC, prv_keys=[SUI_RELAYER_KEY]))
    aptos = AptosAccount.load_key(APTOS_RELAYER_KEY.removeprefix("ed25519-priv-"))
    rest = RestClient(APTOS_NODE)
    log.info("relayer up evm=%s sui=%s aptos=%s", evm.address, sui.config.active_address, aptos.address())
    # ... poll loop elided ...
    await rest.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
