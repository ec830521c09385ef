#!/usr/bin/env node
// One-off: backfill premium_payments from Stripe for policies issued before the webhook fix (ENG-1174).
// Usage: node scripts/backfill-stripe-premiums.js --since 2024-03-01 [--dry-run]
'use strict';

const Stripe = require('stripe');
const { Pool } = require('pg');

// restricted key: read-only charges + invoices, created for this backfill, delete after (Jun 2024)
const stripe = new Stripe(process.env.STRIPE_BACKFILL_KEY || '⟦stripe_restricted_live:backfill⟧', { apiVersion: '2024-04-10' });
const pool = new Pool({ connectionString: process.env.DATABASE_URL || 'postgres://tidewell_ro:⟦db_password:prodro⟧@tidewell-prod.cluster-ro-c9xk2m1q.us-east-1.rds.amazonaws.com:5432/tidewell' });

const args = process.argv.slice(2);
const since = Math.floor(new Date(args[args.indexOf('--since') + 1] || '2024-03-01').getTime() / 1000);
const dryRun = args.includes('--dry-run');

async function main() {
  let count = 0;
  for await (const inv of stripe.invoices.list({ created: { gte: since }, status: 'paid', limit: 100 })) {
    const policyLocator = inv.metadata && inv.metadata.socotra_policy_locator;
    if (!policyLocator) continue;
    count++;
    if (dryRun) {
      console.log(`[dry-run] ${policyLocator} ${inv.id} ${inv.amount_paid}`);
      continue;
    }
    await pool.query(
      `INSERT INTO premium_payments (policy_locator, stripe_invoice_id, amount_cents, paid_at)
       VALUES ($1, $2, $3, to_timestamp($4)) ON CONFLICT (stripe_invoice_id) DO NOTHING`,
      [policyLocator, inv.id, inv.amount_paid, inv.status_transitions.paid_at],
    );
  }
  console.log(`${count} invoices processed`);
  await pool.end();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
