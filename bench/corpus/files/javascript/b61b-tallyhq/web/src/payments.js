// Client-side payment + card-reveal setup for the Tally web app.
// Only publishable / client keys belong here: they are shipped to every browser.
import { loadStripe } from "@stripe/stripe-js";
import AdyenCheckout from "@adyen/adyen-web";

const STRIPE_PUBLISHABLE_KEY =
  import.meta.env.VITE_STRIPE_PK ?? "⟦stripe_publishable_live⟧";

const ADYEN_CLIENT_KEY = import.meta.env.VITE_ADYEN_CLIENT_KEY ?? "⟦adyen_client_key⟧";

const PLAID_ENV = import.meta.env.VITE_PLAID_ENV ?? "production";

let stripePromise;
export function getStripe() {
  if (!stripePromise) stripePromise = loadStripe(STRIPE_PUBLISHABLE_KEY, { betas: ["issuing_elements_2"] });
  return stripePromise;
}

/**
 * Show the PAN/CVC of an Issuing card with Stripe Issuing Elements. The server mints a
 * single-use ephemeral key nonce bound to this card; nothing sensitive is stored here.
 */
export async function revealCard(cardId, container) {
  const stripe = await getStripe();
  const nonce = await stripe.createEphemeralKeyNonce({ issuingCard: cardId });
  const res = await fetch(`/api/cards/${cardId}/ephemeral-key`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ nonce: nonce.nonce }),
    credentials: "include",
  });
  const { ephemeralKeySecret } = await res.json();
  const elements = stripe.elements();
  const number = elements.create("issuingCardNumberDisplay", {
    issuingCard: cardId,
    nonce: nonce.nonce,
    ephemeralKeySecret,
    style: { base: { fontSize: "18px", fontFamily: "Inter, sans-serif" } },
  });
  number.mount(container);
  return number;
}

export async function mountAdyenDropin(el, session) {
  const checkout = await AdyenCheckout({
    environment: "live-us",
    clientKey: ADYEN_CLIENT_KEY,
    session,
    analytics: { enabled: false },
  });
  return checkout.create("dropin").mount(el);
}

export const plaidConfig = { env: PLAID_ENV, product: ["auth", "transfer"] };
