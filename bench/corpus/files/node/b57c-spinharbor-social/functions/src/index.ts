import * as functions from 'firebase-functions/v1';
import * as admin from 'firebase-admin';
import Stripe from 'stripe';
import sgMail from '@sendgrid/mail';
import { createHash } from 'node:crypto';

admin.initializeApp();
const db = admin.firestore();

// functions:config:get is deprecated but still what prod reads (see .runtimeconfig.json for local emulation)
const cfg = functions.config();

const stripe = new Stripe(cfg.stripe?.secret ?? process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2024-12-18.acacia' });
sgMail.setApiKey(cfg.sendgrid?.key ?? process.env.SENDGRID_API_KEY ?? '');

const SWEEPS_PER_USD = 1; // 1 SC == $1 on redemption
const MIN_REDEEM_SC = 100;
const BLOCKED_STATES = new Set(['WA', 'ID', 'NV', 'MI', 'MT', 'CT', 'DE', 'NJ', 'NY']);

/** Gold Coin packages (Stripe). Each purchase also grants bonus Sweeps Coins (no purchase necessary: AMOE by mail). */
export const createCheckout = functions.https.onCall(async (data: { packageId: string }, ctx) => {
  if (!ctx.auth) throw new functions.https.HttpsError('unauthenticated', 'sign in first');
  const pkg = (await db.doc(`packages/${data.packageId}`).get()).data();
  if (!pkg) throw new functions.https.HttpsError('not-found', 'package');
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: pkg.stripePriceId, quantity: 1 }],
    success_url: 'https://spinharbor.com/store/success?s={CHECKOUT_SESSION_ID}',
    cancel_url: 'https://spinharbor.com/store',
    client_reference_id: ctx.auth.uid,
    metadata: { gc: String(pkg.goldCoins), sc: String(pkg.bonusSweeps) },
  });
  return { url: session.url };
});

/** Sweeps Coin redemption → PayNearMe payout (ACH / debit card). KYC + geo must be fresh. */
export const redeem = functions.https.onCall(async (data: { sc: number }, ctx) => {
  if (!ctx.auth) throw new functions.https.HttpsError('unauthenticated', 'sign in first');
  const user = (await db.doc(`users/${ctx.auth.uid}`).get()).data()!;
  if (user.kycStatus !== 'approved') throw new functions.https.HttpsError('failed-precondition', 'kyc');
  if (BLOCKED_STATES.has(user.geo?.state)) throw new functions.https.HttpsError('permission-denied', 'state');
  if (data.sc < MIN_REDEEM_SC || data.sc > user.balances.sweepsRedeemable) {
    throw new functions.https.HttpsError('invalid-argument', 'amount');
  }
  const siteId = cfg.paynearme.site_id as string;
  const ts = Math.floor(Date.now() / 1000);
  const params = `amount=${(data.sc * SWEEPS_PER_USD).toFixed(2)}&site_customer_identifier=${ctx.auth.uid}&site_identifier=${siteId}&timestamp=${ts}&version=3.0`;
  const signature = createHash('md5').update(params.replace(/[&=]/g, '') + cfg.paynearme.secret).digest('hex');
  const res = await fetch(`https://www.paynearme.com/json-api/create_payout?${params}&signature=${signature}`, { method: 'POST' });
  if (!res.ok) {
    functions.logger.error('paynearme payout failed', { status: res.status, uid: ctx.auth.uid });
    throw new functions.https.HttpsError('internal', 'payout');
  }
  await db.doc(`users/${ctx.auth.uid}`).update({
    'balances.sweepsRedeemable': admin.firestore.FieldValue.increment(-data.sc),
  });
  await sgMail.send({
    to: user.email,
    from: 'redemptions@spinharbor.com',
    templateId: 'd-⟦md5:sgtpl⟧',
    dynamicTemplateData: { sc: data.sc },
  });
  return { ok: true };
});
