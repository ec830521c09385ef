#!/usr/bin/env node
// Pull 2022/2023 transactions out of Wave (old books) into quillwork.ledger_import.
// usage: node scripts/wave-import.js --year 2022
const { parseArgs } = require('node:util');
const postgres = require('postgres');

const { values } = parseArgs({ options: { year: { type: 'string' } } });
const YEAR = values.year || '2023';

const WAVE_URL = 'https://gql.waveapps.com/graphql/public';
const TOKEN = process.env.WAVE_TOKEN || '⟦b68c_wave_full_access_token:script⟧';
const BUSINESS_ID = '⟦b68c_wave_business_id:ivy⟧'; // "Ivy Nakamura Design" (not the personal one)

const sql = postgres(process.env.DATABASE_URL || 'postgres://quill:quill@localhost:5432/quillwork');

const QUERY = `
query ($businessId: ID!, $page: Int!) {
  business(id: $businessId) {
    invoices(page: $page, pageSize: 100, invoiceDateStart: "${YEAR}-01-01", invoiceDateEnd: "${YEAR}-12-31") {
      pageInfo { currentPage totalPages }
      edges { node { id invoiceNumber invoiceDate status total { value } amountPaid { value } customer { name } } }
    }
  }
}`;

async function gql(variables) {
  const res = await fetch(WAVE_URL, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: QUERY, variables }),
  });
  const j = await res.json();
  if (j.errors) throw new Error(JSON.stringify(j.errors));
  return j.data;
}

(async () => {
  let page = 1;
  let total = 0;
  for (;;) {
    const d = await gql({ businessId: BUSINESS_ID, page });
    const inv = d.business.invoices;
    for (const { node } of inv.edges) {
      await sql`insert into ledger_import (source, external_id, doc_date, customer, total, paid)
                values ('wave', ${node.id}, ${node.invoiceDate}, ${node.customer.name}, ${node.total.value}, ${node.amountPaid.value})
                on conflict do nothing`;
      total++;
    }
    if (inv.pageInfo.currentPage >= inv.pageInfo.totalPages) break;
    page++;
  }
  console.log(`imported ${total} Wave invoices for ${YEAR}`);
  await sql.end();
})();
