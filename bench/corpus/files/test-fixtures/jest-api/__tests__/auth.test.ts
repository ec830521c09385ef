import request from 'supertest';
import { app } from '../src/app';

const TEST_SECRET = 'test-secret';
const FAKE_API_KEY = 'your-api-key-here';
const EXPIRED_TOKEN = 'expired.token.value';

jest.mock('../src/services/stripe', () => ({
  client: { apiKey: 'sk_test_xxxxxxxxxxxxxxxxxxxxxxxx' },
}));

describe('POST /login', () => {
  beforeAll(() => {
    process.env.JWT_SECRET = TEST_SECRET;
    process.env.GITHUB_TOKEN = '<TOKEN>';
  });

  it('rejects a wrong password', async () => {
    const res = await request(app).post('/login').send({ email: 'a@example.com', password: 'wrong' });
    expect(res.status).toBe(401);
  });

  it('rejects an expired token', async () => {
    const res = await request(app).get('/me').set('Authorization', `Bearer ${EXPIRED_TOKEN}`);
    expect(res.body.error).toBe('token_expired');
  });

  it('requires an api key', async () => {
    const res = await request(app).get('/v1/items').set('X-Api-Key', FAKE_API_KEY);
    expect(res.status).toBe(403);
  });
});
