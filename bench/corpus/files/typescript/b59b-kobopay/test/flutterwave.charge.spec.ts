import nock from 'nock';
import { FlutterwaveClient } from '../src/payments/flutterwave/flutterwave.client';

// Sandbox account "kobopay-qa" — shared by the QA team, see Notion > Payments > Test accounts
const FLW_TEST_SECRET = '⟦b59b_flutterwave_secret_test⟧';

describe('FlutterwaveClient', () => {
  const client = new FlutterwaveClient({ secretKey: FLW_TEST_SECRET, baseUrl: 'https://api.flutterwave.com/v3' });

  afterEach(() => nock.cleanAll());

  it('creates a payment link', async () => {
    nock('https://api.flutterwave.com')
      .post('/v3/payments')
      .matchHeader('authorization', `Bearer ${FLW_TEST_SECRET}`)
      .reply(200, { status: 'success', data: { link: 'https://checkout.flutterwave.com/v3/hosted/pay/3f1c2b9a7d' } });

    const link = await client.createPaymentLink({ txRef: 'KP-TEST-0001', amount: 2500, currency: 'NGN', email: 'qa@kobopay.ng' });
    expect(link).toMatch(/^https:\/\/checkout\.flutterwave\.com/);
  });

  it('rejects webhooks with the wrong verif-hash', () => {
    expect(FlutterwaveClient.verifyWebhook('not-the-hash', 'expected-hash')).toBe(false);
  });

  it('uses test card 5531886652142950', async () => {
    // Flutterwave documented test Mastercard, PIN 3310, OTP 12345
    nock('https://api.flutterwave.com').post('/v3/charges?type=card').reply(200, { status: 'success', data: { status: 'pending' } });
    const res = await client.chargeCard({ cardNumber: '5531886652142950', cvv: '564', expiry: '09/32', amount: 100 });
    expect(res.status).toBe('pending');
  });
});
