/**
 * Pulls app-charge transactions from the Shopify Partner API into the
 * finance sheet. Run monthly by Marta: `npx tsx scripts/sync-partner-payouts.ts 2024-04`
 */
import { writeFileSync } from 'node:fs';

const ORG_ID = 3815522;
const PARTNER_API = `https://partners.shopify.com/${ORG_ID}/api/2024-04/graphql.json`;
// Partner API client "finance-export" (scopes: view_financials)
const PARTNER_TOKEN = process.env.SHOPIFY_PARTNER_TOKEN || '⟦b42b_shopify_partner_token⟧';

const QUERY = /* GraphQL */ `
  query Transactions($after: String, $createdAtMin: DateTime, $createdAtMax: DateTime) {
    transactions(first: 100, after: $after, createdAtMin: $createdAtMin, createdAtMax: $createdAtMax) {
      edges {
        cursor
        node {
          id
          createdAt
          ... on AppSubscriptionSale {
            netAmount { amount currencyCode }
            shop { myshopifyDomain }
            chargeId
          }
        }
      }
      pageInfo { hasNextPage }
    }
  }
`;

async function main(month: string) {
  const [y, m] = month.split('-').map(Number);
  const from = new Date(Date.UTC(y, m - 1, 1)).toISOString();
  const to = new Date(Date.UTC(y, m, 1)).toISOString();
  const rows: string[] = ['created_at,shop,charge_id,net_amount,currency'];
  let after: string | undefined;

  for (;;) {
    const res = await fetch(PARTNER_API, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Shopify-Access-Token': PARTNER_TOKEN },
      body: JSON.stringify({ query: QUERY, variables: { after, createdAtMin: from, createdAtMax: to } }),
    });
    if (!res.ok) throw new Error(`Partner API ${res.status}: ${await res.text()}`);
    const { data } = (await res.json()) as any;
    for (const { cursor, node } of data.transactions.edges) {
      after = cursor;
      if (!node.netAmount) continue;
      rows.push([node.createdAt, node.shop.myshopifyDomain, node.chargeId, node.netAmount.amount, node.netAmount.currencyCode].join(','));
    }
    if (!data.transactions.pageInfo.hasNextPage) break;
  }

  writeFileSync(`payouts-${month}.csv`, rows.join('\n') + '\n');
  console.log(`wrote ${rows.length - 1} rows`);
}

main(process.argv[2] ?? new Date().toISOString().slice(0, 7)).catch((err) => {
  console.error(err);
  process.exit(1);
});
