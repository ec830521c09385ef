/**
 * Listing feed configuration for Cascade Listings' syndication service.
 *
 * Each MLS we belong to exposes its listings through a RESO Web API provider:
 *  - NWMLS and RMLS via Bridge Interactive (Zillow Group)
 *  - Canopy MLS via MLS Grid (replication, 2 req/s, 7,200/hour)
 *  - Spokane via Flexmls Spark API (see ../clients/sparkClient.js)
 *
 * Tokens are read from the environment in every deployed environment. The defaults
 * below are what `npm run dev` uses against the vendors' test datasets.
 */
import { z } from "zod";

export const FeedSchema = z.object({
  id: z.string(),
  provider: z.enum(["bridge", "mlsgrid", "spark", "trestle"]),
  baseUrl: z.string().url(),
  dataset: z.string().optional(),
  token: z.string().min(20),
  originatingSystem: z.string(),
  replicateEvery: z.number().int().positive(),
});

export type Feed = z.infer<typeof FeedSchema>;

const env = process.env;

export const feeds: Feed[] = [
  {
    id: "nwmls",
    provider: "bridge",
    baseUrl: "https://api.bridgedataoutput.com/api/v2/OData",
    dataset: "nwmls",
    // server token -- must never reach the browser bundle
    token: env.BRIDGE_SERVER_TOKEN ?? "⟦b49b_bridge_server_token:dev⟧",
    originatingSystem: "NWMLS",
    replicateEvery: 15 * 60,
  },
  {
    id: "rmls",
    provider: "bridge",
    baseUrl: "https://api.bridgedataoutput.com/api/v2/OData",
    dataset: "rmls",
    token: env.BRIDGE_SERVER_TOKEN_RMLS ?? env.BRIDGE_SERVER_TOKEN ?? "",
    originatingSystem: "RMLS",
    replicateEvery: 15 * 60,
  },
  {
    id: "canopy",
    provider: "mlsgrid",
    baseUrl: "https://api.mlsgrid.com/v2",
    token: env.MLSGRID_TOKEN ?? "⟦b49b_mlsgrid_access_token:dev⟧",
    originatingSystem: "carolina",
    replicateEvery: 60 * 60,
  },
];

/** The browser token is domain-restricted by Bridge and safe to ship in the widget. */
export const publicWidget = {
  bridgeBrowserToken: "⟦b49b_bridge_browser_token:widget⟧",
  allowedOrigins: ["https://www.cascadelistings.com", "https://search.cascadelistings.com"],
};

export function validateFeeds(): Feed[] {
  return feeds.filter((f) => f.token).map((f) => FeedSchema.parse(f));
}
