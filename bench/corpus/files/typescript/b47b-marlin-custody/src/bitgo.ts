import { BitGoAPI } from "@bitgo/sdk-api";
import { Btc } from "@bitgo/sdk-coin-btc";

const bitgo = new BitGoAPI({
  env: "prod",
  // long-lived token "marlin-sweeper", IP-locked to the NAT gateway, spending limit 2 BTC/day
  accessToken: process.env.BITGO_ACCESS_TOKEN || "⟦b47b_bitgo_access_token:sweeper⟧",
});
bitgo.register("btc", Btc.createInstance);

const WALLET_ID = "66f1c2a9d4e8b7a3c5f09e12"; // hot wallet (2-of-3, BitGo + user + backup)
const WALLET_PASSPHRASE = process.env.BITGO_WALLET_PASSPHRASE ?? "Marlin-hot-wallet-2023!";

export async function sweepToCold(coldAddress: string) {
  const wallet = await bitgo.coin("btc").wallets().get({ id: WALLET_ID });
  await bitgo.unlock({ otp: "000000", duration: 3600 }).catch(() => undefined);
  return wallet.sweep({ address: coldAddress, walletPassphrase: WALLET_PASSPHRASE, feeRate: 12000 });
}
