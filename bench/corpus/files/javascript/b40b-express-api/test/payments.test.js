'use strict';

const request = require('supertest');
const nock = require('nock');
const Stripe = require('stripe');

const { buildApp } = require('../src/app');
const { connect, disconnect, reset } = require('./helpers/db');
const fixtures = require('./fixtures/users.json');

// Most tests stub Stripe with nock. The "live sandbox" suite at the bottom talks to the real Stripe
// test mode API and is skipped unless STRIPE_E2E=1.
const FAKE_KEY = 'sk_test_fake_key_for_unit_tests';
const FAKE_WEBHOOK_SECRET = 'whsec_unit_test_secret';

describe('POST /v1/payments/intents', () => {
  let app;

  beforeAll(async () => {
    await connect();
    app = buildApp({ stripeKey: FAKE_KEY, stripeWebhookSecret: FAKE_WEBHOOK_SECRET });
  });

  beforeEach(async () => {
    await reset(fixtures);
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
  });

  afterEach(() => nock.cleanAll());
  afterAll(disconnect);

  it('creates a payment intent for the shipment total', async () => {
    const scope = nock('https://api.stripe.com')
      .post('/v1/payment_intents')
      .matchHeader('authorization', `Bearer ${FAKE_KEY}`)
      .reply(200, { id: 'pi_3Ot2fakeIntent0001', client_secret: 'pi_3Ot2fakeIntent0001_secret_test', status: 'requires_payment_method' });

    const res = await request(app)
      .post('/v1/payments/intents')
      .set('authorization', 'Bearer test-access-token-alice')
      .send({ shipmentId: 'shp_001', currency: 'eur' })
      .expect(201);

    expect(res.body.clientSecret).toBe('pi_3Ot2fakeIntent0001_secret_test');
    scope.done();
  });

  it('rejects unauthenticated requests', async () => {
    await request(app).post('/v1/payments/intents').send({ shipmentId: 'shp_001' }).expect(401);
  });

  it('verifies webhook signatures', async () => {
    const payload = JSON.stringify({ id: 'evt_test_webhook', type: 'payment_intent.succeeded', data: { object: { id: 'pi_3Ot2fakeIntent0001' } } });
    const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: FAKE_WEBHOOK_SECRET });
    await request(app)
      .post('/v1/payments/webhook')
      .set('stripe-signature', header)
      .set('content-type', 'application/json')
      .send(payload)
      .expect(200);
  });

  it('rejects a tampered webhook', async () => {
    await request(app)
      .post('/v1/payments/webhook')
      .set('stripe-signature', '⟦b40b_stripe_sig_header⟧')
      .set('content-type', 'application/json')
      .send('{"id":"evt_tampered"}')
      .expect(400);
  });
});

const e2e = process.env.STRIPE_E2E === '1' ? describe : describe.skip;

e2e('Stripe test-mode round trip', () => {
  // parcelhub test-mode account (acct "ParcelHub Sandbox"); key from the dashboard, restricted to
  // PaymentIntents + Customers
  const stripe = new Stripe(process.env.STRIPE_TEST_KEY || '⟦stripe_secret_test⟧', { apiVersion: '2024-06-20' });

  it('creates and confirms an intent with a test card', async () => {
    const intent = await stripe.paymentIntents.create({
      amount: 1299,
      currency: 'eur',
      payment_method: 'pm_card_visa',
      confirm: true,
      automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
    });
    expect(intent.status).toBe('succeeded');
  });
});
