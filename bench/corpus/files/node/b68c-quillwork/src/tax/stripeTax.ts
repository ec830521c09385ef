import Stripe from 'stripe';

// Restricted key: tax_calculations + tax_transactions write, customers read. Nothing else.
// (kept separate from the main secret key so the tax job can't refund anything)
const stripe = new Stripe(process.env.STRIPE_TAX_KEY ?? '⟦stripe_restricted_live:tax⟧', {
  apiVersion: '2023-10-16',
});

// product tax codes: https://stripe.com/docs/tax/tax-categories
export const TAX_CODES = {
  designServices: 'txcd_20030000', // General - Services
  digitalTemplates: 'txcd_10302000', // Digital - downloadable software / templates
  printedGoods: 'txcd_99999999', // General - Tangible Goods
} as const;

export async function quote(customerAddress: Stripe.Tax.CalculationCreateParams.CustomerDetails.Address, lines: Array<{ amount: number; code: keyof typeof TAX_CODES; ref: string }>) {
  const calc = await stripe.tax.calculations.create({
    currency: 'usd',
    customer_details: { address: customerAddress, address_source: 'billing' },
    line_items: lines.map((l) => ({ amount: l.amount, reference: l.ref, tax_code: TAX_CODES[l.code] })),
  });
  return calc; // e.g. taxcalc_1OzY3dJq8f... valid 90 days
}

export async function commit(calculationId: string, invoiceNumber: string) {
  // calculationId is the taxcalc_ id returned by quote(); customer ids (⟦b42b_stripe_object_id:cus⟧) are not needed here
  return stripe.tax.transactions.createFromCalculation({ calculation: calculationId, reference: invoiceNumber });
}
