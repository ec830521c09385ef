/**
 * Keys their providers document as safe in client code, by their prefix: RevenueCat's public SDK keys
 * (appl_, goog_, amzn_, strp_; secret keys are sk_), Statsig's client SDK keys (client-; server keys
 * are secret-), PubNub's subscribe keys (sub-c-; the secret key is sec-c-), Midtrans' client keys
 * (Mid-client-, SB-Mid-client-; Snap.js sends them from the browser, the server key is Mid-server-),
 * PayTabs' client keys (C and three dash-separated groups; the managed form's script holds them, the server key starts with S),
 * Nexi Checkout's checkout keys (live-checkout-key-, test-checkout-key-: the webshop's public identifier; the secret key is live-secret-key-),
 * Stripe's PaymentIntent and SetupIntent client secrets (pi_…_secret_…, seti_…_secret_…: handed to the browser to confirm one payment with the publishable key),
 * Akahu's app tokens (app_token_…: the X-Akahu-ID header and the OAuth client_id in the authorize URL; the app secret and user tokens are the secrets),
 * eWAY's client-side encryption keys (epk-…: the key its Secure Fields script encrypts card data with in the browser).
 */
export const PUBLIC_BY_DESIGN =
  /^(?:(?:appl|goog|amzn|strp)_[A-Za-z0-9]{20,}|client-[A-Za-z0-9]{30,}|sub-c-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?:SB-)?Mid-client-[A-Za-z0-9_-]{8,}|C[A-Z0-9]{9}-[A-Z0-9]{10}-[A-Z0-9]{10}|(?:live|test)-checkout-key-[0-9a-f]{32}|(?:pi|seti)_[A-Za-z0-9]{14,40}_secret_[A-Za-z0-9]{10,40}|app_token_[a-z0-9]{20,40}|epk-[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12})$/;
