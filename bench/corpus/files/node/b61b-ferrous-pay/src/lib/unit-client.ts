import { Unit } from "@unit-finance/unit-node-sdk";
import pino from "pino";

const log = pino({ name: "unit-client" });

/**
 * Thin wrapper around the Unit SDK so that every call gets the same retry policy
 * and so that tests can swap the client.
 *
 * Org tokens are created in the Unit dashboard (Developer > API Tokens) with the
 * scopes listed in docs/unit-scopes.md. Customer tokens are minted per session
 * in `createCustomerToken` below and never persisted.
 */
const UNIT_API_URL = process.env.UNIT_API_URL ?? "https://api.s.unit.sh";

// Sandbox org token, only used when running the storybook mocks offline.
// Real environments always inject UNIT_ORG_TOKEN.
const SANDBOX_FALLBACK_TOKEN =
  "⟦b61b_unit_org_token:sbx⟧";

function resolveToken(): string {
  const token = process.env.UNIT_ORG_TOKEN;
  if (token) return token;
  if (UNIT_API_URL.includes(".s.unit.sh")) {
    log.warn("UNIT_ORG_TOKEN not set, falling back to the sandbox token");
    return SANDBOX_FALLBACK_TOKEN;
  }
  throw new Error("UNIT_ORG_TOKEN is required outside the sandbox");
}

export const unit = new Unit(resolveToken(), UNIT_API_URL, {
  retries: 3,
  sdkUserAgent: true,
});

export async function createCustomerToken(customerId: string, scopes: string[]): Promise<string> {
  const res = await unit.customerToken.createToken(customerId, {
    type: "customerToken",
    attributes: {
      scope: scopes.join(" "),
      expiresIn: 60 * 60,
    },
  });
  return res.data.attributes.token;
}

export async function getDepositAccount(accountId: string) {
  const res = await unit.accounts.get(accountId, "customer");
  return res.data;
}

export async function freezeCard(cardId: string, reason: string) {
  log.info({ cardId, reason }, "freezing card");
  return unit.cards.freeze({ cardId });
}
