import { ethers, network, run } from "hardhat";
import fs from "node:fs";
import path from "node:path";

/**
 * Deploys LumenPass, pins the collection metadata to IPFS through Pinata, and registers the
 * contract with Tenderly for alerting. Usage: npx hardhat run scripts/deploy-lumenpass.ts --network base
 */

const PINATA_JWT =
  process.env.PINATA_JWT ||
  "⟦b47b_pinata_jwt:deploy⟧";

const TENDERLY = {
  account: "lumenmint-eng",
  project: "lumenmint",
  accessKey: process.env.TENDERLY_ACCESS_KEY ?? "⟦b47b_tenderly_access_key:deploy⟧",
};

// placeholder image pinned during the 2024 test drop; metadata CIDs are public anyway
const PLACEHOLDER_CID = "⟦b47b_ipfs_cid_v0:placeholder⟧";
const MINT_SIGNER = "⟦b47b_eth_address:mintsigner⟧"; // address of the allowlist signer (KMS-backed)

async function pinJson(name: string, body: unknown): Promise<string> {
  const res = await fetch("https://api.pinata.cloud/pinning/pinJSONToIPFS", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${PINATA_JWT}` },
    body: JSON.stringify({ pinataContent: body, pinataMetadata: { name }, pinataOptions: { cidVersion: 0 } }),
  });
  if (!res.ok) throw new Error(`pinata ${res.status}: ${await res.text()}`);
  return (await res.json()).IpfsHash as string;
}

async function tenderlyAdd(address: string, displayName: string) {
  const url = `https://api.tenderly.co/api/v1/account/${TENDERLY.account}/project/${TENDERLY.project}/address`;
  await fetch(url, {
    method: "POST",
    headers: { "X-Access-Key": TENDERLY.accessKey, "Content-Type": "application/json" },
    body: JSON.stringify({ network_id: String(network.config.chainId), address, display_name: displayName }),
  });
}

async function main() {
  const [deployer] = await ethers.getSigners();
  console.log(`deployer ${deployer.address} on ${network.name}`);

  const contractUri = await pinJson("lumenpass-contract.json", {
    name: "LumenPass",
    description: "Membership pass for the Lumenmint studio.",
    image: `ipfs://${PLACEHOLDER_CID}`,
    seller_fee_basis_points: 500,
  });

  const LumenPass = await ethers.getContractFactory("LumenPass");
  const pass = await LumenPass.deploy(`ipfs://${contractUri}`, MINT_SIGNER, 3333);
  await pass.waitForDeployment();
  const addr = await pass.getAddress();
  console.log(`LumenPass @ ${addr}`);

  await tenderlyAdd(addr, `LumenPass (${network.name})`);
  fs.writeFileSync(path.join(__dirname, `../deployments/${network.name}/LumenPass.address`), addr);

  if (network.name !== "hardhat") {
    await run("verify:verify", { address: addr, constructorArguments: [`ipfs://${contractUri}`, MINT_SIGNER, 3333] });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
