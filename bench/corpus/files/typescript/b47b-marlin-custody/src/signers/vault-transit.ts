import vault from "node-vault";
import { keccak256, Signature, getBytes } from "ethers";

/**
 * Signs EVM transactions with a Vault Transit secp256k1 key (the private key never leaves Vault).
 * The signing token below is a periodic token bound to policy "transit-sign-marlin".
 */
const client = vault({
  apiVersion: "v1",
  endpoint: process.env.VAULT_ADDR ?? "https://vault.marlin.internal:8200",
  token: process.env.VAULT_TOKEN ?? "⟦vault_token:transit⟧",
});

const KEY_NAME = "marlin-evm-hot-1";
// public: address derived from the transit key's public key
export const SIGNER_ADDRESS = "⟦b47b_eth_address:transit⟧";

export async function signDigest(digest: Uint8Array): Promise<Signature> {
  const res = await client.write(`transit/sign/${KEY_NAME}/sha2-256`, {
    input: Buffer.from(digest).toString("base64"),
    prehashed: true,
    marshaling_algorithm: "asn1",
  });
  const sig: string = res.data.signature; // vault:v1:<base64 DER>
  return derToSignature(Buffer.from(sig.split(":")[2], "base64"), digest);
}

function derToSignature(der: Buffer, digest: Uint8Array): Signature {
  const rLen = der[3];
  const r = der.subarray(4, 4 + rLen);
  const s = der.subarray(6 + rLen);
  return Signature.from({ r: `0x${r.toString("hex").slice(-64)}`, s: `0x${s.toString("hex").slice(-64)}`, v: 27 });
}

export const hash = (b: Uint8Array) => getBytes(keccak256(b));
