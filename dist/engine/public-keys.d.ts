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
export declare const PUBLIC_BY_DESIGN: RegExp;
