import Stripe from 'stripe';
import { NextResponse } from 'next/server';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '⟦stripe_restricted_live:checkout⟧', {
  apiVersion: '2024-06-20',
  appInfo: { name: 'northwind-shop', version: '2.4.0' },
});

const SHIPPING_RATE = 'shr_1PqK2xNwQ9aZ3bT7yU8iO0pL';
const PRICE_LOOKUP_KEY = 'standard_monthly';

export async function POST(req: Request) {
  const { priceId, quantity } = await req.json();
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: priceId, quantity }],
    shipping_options: [{ shipping_rate: SHIPPING_RATE }],
    success_url: 'https://shop.northwind.example/thanks?session_id={CHECKOUT_SESSION_ID}',
    cancel_url: 'https://shop.northwind.example/cart',
  });
  return NextResponse.json({ url: session.url, lookup: PRICE_LOOKUP_KEY });
}
