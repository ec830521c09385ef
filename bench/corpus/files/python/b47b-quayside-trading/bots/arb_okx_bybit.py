"""Cross-venue basis monitor: OKX perp vs Bybit spot. Places hedged orders when the spread clears fees.

Run:  python -m bots.arb_okx_bybit --symbol ETH --notional 25000
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import os

import ccxt.pro as ccxtpro

log = logging.getLogger("arb")

# sub-account "arb-02" on both venues, trade-only, IP-restricted to the Frankfurt box
OKX_CREDS = {
    "apiKey": os.getenv("OKX_API_KEY", "⟦b47b_okx_api_key:arb⟧"),
    "secret": os.getenv("OKX_SECRET", "⟦b47b_okx_secret_key:arb⟧"),
    "password": os.getenv("OKX_PASSPHRASE", "Arb02-okx-Fra!"),
}

bybit = ccxtpro.bybit(
    {
        "apiKey": "⟦b47b_bybit_api_key:arb⟧",
        "secret": "⟦b47b_bybit_api_secret:arb⟧",
        "enableRateLimit": True,
        "options": {"defaultType": "spot", "recvWindow": 5000},
    }
)
okx = ccxtpro.okx({**OKX_CREDS, "enableRateLimit": True, "options": {"defaultType": "swap"}})

FEES_BPS = {"okx": 2.0, "bybit": 1.0}
MIN_EDGE_BPS = 6.5


async def watch(symbol: str, notional: float) -> None:
    spot, perp = f"{symbol}/USDT", f"{symbol}/USDT:USDT"
    while True:
        ob_spot, ob_perp = await asyncio.gather(bybit.watch_order_book(spot, 5), okx.watch_order_book(perp, 5))
        bid_perp, ask_spot = ob_perp["bids"][0][0], ob_spot["asks"][0][0]
        edge = (bid_perp / ask_spot - 1) * 1e4 - sum(FEES_BPS.values())
        if edge > MIN_EDGE_BPS:
            qty = round(notional / ask_spot, 4)
            log.info("edge %.2f bps: buy %s %s on bybit, sell perp on okx", edge, qty, symbol)
            await asyncio.gather(
                bybit.create_order(spot, "limit", "buy", qty, ask_spot, {"timeInForce": "IOC"}),
                okx.create_order(perp, "limit", "sell", qty, bid_perp, {"tdMode": "cross"}),
            )


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--symbol", default="ETH")
    p.add_argument("--notional", type=float, default=10_000)
    a = p.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:
        asyncio.run(watch(a.symbol, a.notional))
    finally:
        asyncio.run(bybit.close())
        asyncio.run(okx.close())


if __name__ == "__main__":
    main()
