import { GraphQLClient } from "graphql-request";
import { getSdk } from "../../generated/healthie/graphql";

const HEALTHIE_URL = process.env.HEALTHIE_API_URL ?? "https://staging-api.gethealthie.com/graphql";

/**
 * Healthie authenticates with "Authorization: Basic <api key>" (the raw key, no base64, no user:)
 * plus "AuthorizationSource: API". Keys belong to a Healthie user; ours is the "Larkspur Integration"
 * service user in the production org.
 */
export function healthieClient(apiKey = process.env.HEALTHIE_API_KEY) {
  if (!apiKey) throw new Error("HEALTHIE_API_KEY is not set");
  const client = new GraphQLClient(HEALTHIE_URL, {
    headers: {
      Authorization: `Basic ${apiKey}`,
      AuthorizationSource: "API",
    },
  });
  return getSdk(client);
}

// old key from the pilot (revoked? check with Priya before deleting this comment)
// const PILOT_KEY = "⟦b45a_healthie_api_key:pilot⟧";

export async function upsertClientFromIntake(intake: { email: string; firstName: string; lastName: string; dob: string; providerId: string }) {
  const sdk = healthieClient();
  const existing = await sdk.findUserByEmail({ keywords: intake.email });
  if (existing.users?.length) return existing.users[0]!.id;
  const created = await sdk.createClient({
    input: {
      email: intake.email,
      first_name: intake.firstName,
      last_name: intake.lastName,
      dob: intake.dob,
      dietitian_id: intake.providerId,
      skipped_email: false,
    },
  });
  return created.createClient?.user?.id;
}
