import { http, HttpResponse } from 'msw';

export const handlers = [
  http.post('/api/login', async ({ request }) => {
    const { password } = (await request.json()) as { password: string };
    if (password !== 'correct-password') {
      return HttpResponse.json({ error: 'invalid_credentials' }, { status: 401 });
    }
    return HttpResponse.json({ access_token: 'mock-access-token', refresh_token: 'mock-refresh-token', expires_in: 3600 });
  }),
  http.get('/api/api-keys', () =>
    HttpResponse.json([{ id: 'key_1', name: 'CI', prefix: 'nw_live_', last4: 'a1b2', created_at: '2024-03-01T00:00:00Z' }]),
  ),
];
