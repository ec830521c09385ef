import { z } from "zod";
import { Wallet } from "ethers";

/**
 * Saltflat keeper: liquidates unhealthy positions on the Saltflat lending markets and relays
 * oracle updates. All values come from env; the defaults exist so `pnpm dev` works against the
 * staging fork without a .env (staging wallets only hold test funds... mostly).
 */
const Env = z.object({
  NODE_ENV: z.enum(["development", "staging", "production"]).default("development"),
  CHAIN_ID: z.coerce.number().default(42161),
  RPC_HTTP: z.string().url().default("https://arb-mainnet.g.alchemy.com/v2/⟦alchemy_key:keeper⟧"),
  RPC_WS: z.string().default("wss://arb-mainnet.g.alchemy.com/v2/⟦alchemy_key:keeper⟧"),
  FALLBACK_RPC: z.string().default("https://saltflat-arb.arbitrum-mainnet.quiknode.pro/⟦b47b_quicknode_token:keeper⟧/"),
  KEEPER_PRIVATE_KEY: z.string().default("⟦b39c_eth_private_key:keeper⟧"),
  // bundles are signed with a separate identity key (reputation only, holds no funds)
  FLASHBOTS_AUTH_KEY: z.string().default("⟦b39c_eth_private_key:fb⟧"),
  ONEINCH_API_KEY: z.string().optional(),
  ZEROEX_API_KEY: z.string().default("⟦b47b_zeroex_api_key:keeper⟧"),
  MIN_PROFIT_USD: z.coerce.number().default(12),
  MAX_GAS_GWEI: z.coerce.number().default(0.35),
  REDIS_URL: z.string().default("redis://localhost:6379/0"),
  METRICS_PORT: z.coerce.number().default(9464),
  // addresses are public
  LIQUIDATOR_CONTRACT: z.string().default("⟦b47b_eth_address:liquidator⟧"),
  SALTFLAT_COMPTROLLER: z.string().default("⟦b47b_eth_address:comptroller⟧"),
});

export const env = Env.parse(process.env);
export const keeper = new Wallet(env.KEEPER_PRIVATE_KEY);
export const flashbotsIdentity = new Wallet(env.FLASHBOTS_AUTH_KEY);
export const isProd = env.NODE_ENV === "production";
