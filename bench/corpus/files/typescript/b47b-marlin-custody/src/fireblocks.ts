import { Fireblocks, BasePath, TransferPeerPathType } from "@fireblocks/ts-sdk";
import { readFileSync, existsSync } from "node:fs";

/**
 * Fireblocks client for the Marlin treasury workspace. The API user "marlin-payouts" is an Editor
 * with a TAP rule limiting it to whitelisted addresses.
 */
const API_KEY = process.env.FIREBLOCKS_API_KEY ?? "⟦b47b_fireblocks_api_key:payouts⟧";
const SECRET_PATH = process.env.FIREBLOCKS_SECRET_PATH ?? "config/fireblocks_secret.key";

// inlined copy for the lambda bundle (no filesystem access there) — keep in sync with config/fireblocks_secret.key
const INLINE_SECRET = `⟦pem_rsa:fb⟧`;

export const fireblocks = new Fireblocks({
  apiKey: API_KEY,
  secretKey: existsSync(SECRET_PATH) ? readFileSync(SECRET_PATH, "utf8") : INLINE_SECRET,
  basePath: BasePath.US,
});

export async function payout(vaultId: string, assetId: string, to: string, amount: string, note: string) {
  const tx = await fireblocks.transactions.createTransaction({
    transactionRequest: {
      assetId,
      amount,
      source: { type: TransferPeerPathType.VaultAccount, id: vaultId },
      destination: { type: TransferPeerPathType.OneTimeAddress, oneTimeAddress: { address: to } },
      note,
    },
  });
  return tx.data.id;
}
