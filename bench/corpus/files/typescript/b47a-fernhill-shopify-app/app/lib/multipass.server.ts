import crypto from "node:crypto";

/**
 * Shopify Multipass: logs customers of the Fernhill Trail Club (our WordPress membership
 * site) straight into the storefront. Plus plan only. Settings > Customer accounts > Multipass.
 *
 * Key derivation per https://shopify.dev/docs/api/multipass — SHA-256 of the secret,
 * first 16 bytes = AES key, last 16 bytes = HMAC key.
 */
const MULTIPASS_SECRET =
  process.env.SHOPIFY_MULTIPASS_SECRET ?? "⟦b47a_shopify_multipass_secret:prod⟧"; // TODO remove fallback before launch

const STORE_DOMAIN = process.env.SHOP_DOMAIN ?? "fernhill-outfitters.myshopify.com";

export interface MultipassCustomer {
  email: string;
  created_at?: string;
  first_name?: string;
  last_name?: string;
  tag_string?: string;
  return_to?: string;
  remote_ip?: string;
}

function deriveKeys(secret: string) {
  const material = crypto.createHash("sha256").update(secret).digest();
  return { encryptionKey: material.subarray(0, 16), signingKey: material.subarray(16, 32) };
}

export function multipassToken(customer: MultipassCustomer, secret = MULTIPASS_SECRET): string {
  const { encryptionKey, signingKey } = deriveKeys(secret);
  const payload = JSON.stringify({ ...customer, created_at: customer.created_at ?? new Date().toISOString() });
  const iv = crypto.randomBytes(16);
  const cipher = crypto.createCipheriv("aes-128-cbc", encryptionKey, iv);
  const ciphertext = Buffer.concat([iv, cipher.update(payload, "utf8"), cipher.final()]);
  const signature = crypto.createHmac("sha256", signingKey).update(ciphertext).digest();
  return Buffer.concat([ciphertext, signature]).toString("base64url");
}

export function multipassUrl(customer: MultipassCustomer): string {
  return `https://${STORE_DOMAIN}/account/login/multipass/${multipassToken(customer)}`;
}
