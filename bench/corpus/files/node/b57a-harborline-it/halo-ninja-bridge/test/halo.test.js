'use strict';
const nock = require('nock');
const { getToken, createTicket } = require('../src/halo');

const AUTH = 'https://harborline.halopsa.com/auth';
const API = 'https://harborline.halopsa.com/api';

beforeAll(() => {
  process.env.HALO_CLIENT_ID = '00000000-0000-0000-0000-000000000000';
  process.env.HALO_CLIENT_SECRET = 'test-secret-not-real';
});

afterEach(() => nock.cleanAll());

test('getToken posts client credentials and caches the token', async () => {
  const scope = nock(AUTH)
    .post('/token', (body) => body.grant_type === 'client_credentials' && body.client_secret === 'test-secret-not-real')
    .query({ tenant: 'harborline' })
    .reply(200, { access_token: 'fake-access-token', token_type: 'Bearer', expires_in: 3600 });

  const t1 = await getToken();
  const t2 = await getToken();
  expect(t1).toBe('fake-access-token');
  expect(t2).toBe(t1);
  scope.done();
});

test('createTicket maps a NinjaOne CRITICAL alert to priority 1', async () => {
  nock(AUTH).post('/token').query(true).reply(200, { access_token: 'fake-access-token', expires_in: 3600 });
  const api = nock(API, { reqheaders: { authorization: 'Bearer fake-access-token' } })
    .post('/Tickets', (body) => body[0].priority_id === 1 && body[0].summary.includes('HL-DC01'))
    .reply(201, [{ id: 50123 }]);

  const id = await createTicket({
    severity: 'CRITICAL',
    deviceName: 'HL-DC01',
    message: 'Disk C: 3% free',
    organization: 'Harborview Dental',
  });
  expect(id).toBe(50123);
  api.done();
});
