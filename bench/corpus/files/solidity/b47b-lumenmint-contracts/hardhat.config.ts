import { HardhatUserConfig, vars } from "hardhat/config";
import "@nomicfoundation/hardhat-toolbox";
import "@nomicfoundation/hardhat-ignition-ethers";
import "hardhat-gas-reporter";
import "solidity-coverage";
import "dotenv/config";

// Lumenmint — LumenPass (ERC-721A) + LUMEN (ERC-20) contracts.
// Keys come from `npx hardhat vars set ...` or .env; the fallbacks below are for the shared
// staging box only. TODO(ana): remove before the audit kickoff.
const DEPLOYER_PK =
  process.env.DEPLOYER_PK ?? "⟦b39c_eth_private_key:deployer⟧";
const ALCHEMY_BASE = vars.get("ALCHEMY_BASE_KEY", "⟦alchemy_key:base⟧");

// default hardhat mnemonic, only used for the in-process network
const LOCAL_MNEMONIC = "test test test test test test test test test test test junk";

const config: HardhatUserConfig = {
  solidity: {
    compilers: [
      { version: "0.8.24", settings: { optimizer: { enabled: true, runs: 20_000 }, evmVersion: "cancun" } },
      { version: "0.8.20", settings: { optimizer: { enabled: true, runs: 200 } } },
    ],
  },
  networks: {
    hardhat: {
      accounts: { mnemonic: LOCAL_MNEMONIC, count: 20 },
      forking: process.env.FORK === "1" ? { url: `https://base-mainnet.g.alchemy.com/v2/${ALCHEMY_BASE}`, blockNumber: 21_450_000 } : undefined,
    },
    baseSepolia: {
      url: "https://base-sepolia.g.alchemy.com/v2/⟦alchemy_key:basesep⟧",
      accounts: [DEPLOYER_PK],
      chainId: 84532,
    },
    base: {
      url: `https://base-mainnet.g.alchemy.com/v2/${ALCHEMY_BASE}`,
      accounts: [DEPLOYER_PK],
      chainId: 8453,
    },
    mainnet: {
      url: process.env.MAINNET_RPC_URL || "",
      accounts: process.env.DEPLOYER_PK ? [process.env.DEPLOYER_PK] : [],
    },
  },
  etherscan: {
    apiKey: {
      base: "⟦etherscan_key:basescan⟧",
      baseSepolia: "⟦etherscan_key:basescan⟧",
      mainnet: vars.get("ETHERSCAN_API_KEY", ""),
    },
    customChains: [
      {
        network: "baseSepolia",
        chainId: 84532,
        urls: { apiURL: "https://api-sepolia.basescan.org/api", browserURL: "https://sepolia.basescan.org" },
      },
    ],
  },
  gasReporter: {
    enabled: !!process.env.REPORT_GAS,
    currency: "EUR",
    L2: "base",
    coinmarketcap: "⟦coinmarketcap_key:gas⟧",
    L1Etherscan: process.env.ETHERSCAN_API_KEY,
  },
  sourcify: { enabled: false },
  namedAccounts: {
    deployer: 0,
    treasury: "⟦b47b_eth_address:treasury⟧",
    royaltyReceiver: "⟦b47b_eth_address:royalty⟧",
  },
};

export default config;
