/**
 * AWS verification: the SigV4 signer pinned to AWS's documented worked example, and the key-id
 * pairing rules against a local STS player: every candidate key id near the secret is tried, nearest
 * first, until one answers definitively; SignatureDoesNotMatch is retried once and never makes a key
 * dead; InvalidClientTokenId is dead for that key id only.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { signV4 } from '../../src/verify/providers/aws';
import { runInProcess } from '../helpers/cli';
import { fake, ruleById } from '../helpers/fakes';
import { tempDir, writeTree } from '../helpers/fs';
import { ProviderServer, type Canned } from '../helpers/provider-server';
import { findingFor, verifyOne } from '../helpers/verify-direct';

describe("SigV4 known answer: the IAM ListUsers example of AWS's signing documentation", () => {
  // https://docs.aws.amazon.com/general/latest/gr/sigv4-create-canonical-request.html (task 1),
  // sigv4-create-string-to-sign.html (task 2), sigv4-calculate-signature.html (task 3): the request
  // GET https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08 at 20150830T123600Z, signed
  // with the documentation's example key pair. Every expected value below is copied from those pages.
  const signed = signV4({
    method: 'GET',
    path: '/',
    query: 'Action=ListUsers&Version=2010-05-08',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', host: 'iam.amazonaws.com', 'x-amz-date': '20150830T123600Z' },
    body: '',
    region: 'us-east-1',
    service: 'iam',
    keyId: 'AKIDEXAMPLE',
    secret: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
    amzDate: '20150830T123600Z',
  });

  test('canonical request and its hash', () => {
    expect(signed.canonicalRequest).toBe(
      [
        'GET',
        '/',
        'Action=ListUsers&Version=2010-05-08',
        'content-type:application/x-www-form-urlencoded; charset=utf-8',
        'host:iam.amazonaws.com',
        'x-amz-date:20150830T123600Z',
        '',
        'content-type;host;x-amz-date',
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      ].join('\n'),
    );
    expect(createHash('sha256').update(signed.canonicalRequest).digest('hex')).toBe('f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59');
  });

  test('string to sign, signing key and signature', () => {
    expect(signed.stringToSign).toBe('AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/iam/aws4_request\nf536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59');
    expect(signed.signingKey).toBe('c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9');
    expect(signed.signature).toBe('5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7');
    expect(signed.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
    );
  });
});

const ok = (arn: string): Canned => ({
  status: 200,
  headers: { 'content-type': 'text/xml' },
  body: `<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>${arn}</Arn><UserId>AIDAEXAMPLEUSERID0000</UserId><Account>123456789012</Account></GetCallerIdentityResult></GetCallerIdentityResponse>`,
});
const error = (code: string): Canned => ({
  status: 403,
  headers: { 'content-type': 'text/xml' },
  body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>made up for the test</Message></Error><RequestId>00000000-0000-0000-0000-000000000000</RequestId></ErrorResponse>`,
});

/** Answers per key id (read from the Credential= part of the signature), in turn for repeated calls. */
const answers = new Map<string, Canned[]>();
const server = new ProviderServer(new Map(), (_l, _m, req) => {
  const keyId = /Credential=([A-Z0-9]+)\//.exec(String(req.headers.authorization))?.[1] ?? '';
  const queue = answers.get(keyId) ?? [];
  return (queue.length > 1 ? queue.shift() : queue[0]) ?? { status: 418, body: '' };
});
let base = '';
beforeAll(async () => {
  base = await server.start();
});
afterAll(() => server.stop());
beforeEach(() => {
  answers.clear();
  server.seen.length = 0;
});

const rule = ruleById('aws.secret-access-key');
const secret = fake('aws.secret-access-key', 'pairs');
const keyIds = ['AKIAAAAAAAAAAAAAAAA2', 'AKIABBBBBBBBBBBBBBB3', 'AKIACCCCCCCCCCCCCCC4'];
const sentKeyIds = () => server.seen.map((s) => /Credential=([A-Z0-9]+)\//.exec(String(s.headers.authorization))?.[1]);
const verifyWith = (ids: string[]) => verifyOne(rule, findingFor(rule, secret, { key_id: ids[0] }, ids.length > 1 ? { key_id: ids } : undefined), { aws: `${base}/aws` }, { awsRetryDelayMs: 1 });

test('each candidate key id is tried in turn until one is active', async () => {
  answers.set(keyIds[0], [error('InvalidClientTokenId')]);
  answers.set(keyIds[1], [error('SignatureDoesNotMatch')]);
  answers.set(keyIds[2], [ok('arn:aws:iam::123456789012:user/right-pair')]);
  const out = await verifyWith(keyIds);
  expect(out).toMatchObject({ status: 'active', identity: 'arn:aws:iam::123456789012:user/right-pair' });
  // The mismatch is retried once; the dead key id is not.
  expect(sentKeyIds()).toEqual([keyIds[0], keyIds[1], keyIds[1], keyIds[2]]);
});

test('the first definitive answer stops the search', async () => {
  answers.set(keyIds[0], [ok('arn:aws:iam::123456789012:user/first')]);
  const out = await verifyWith(keyIds);
  expect(out.status).toBe('active');
  expect(sentKeyIds()).toEqual([keyIds[0]]);
});

test('SignatureDoesNotMatch that persists is unknown, never inactive', async () => {
  answers.set(keyIds[0], [error('SignatureDoesNotMatch')]);
  const out = await verifyWith([keyIds[0]]);
  expect(out).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/SignatureDoesNotMatch/) });
  expect(sentKeyIds()).toEqual([keyIds[0], keyIds[0]]);
});

test('SignatureDoesNotMatch followed by success on the retry is active', async () => {
  answers.set(keyIds[0], [error('SignatureDoesNotMatch'), ok('arn:aws:iam::123456789012:user/burst')]);
  const out = await verifyWith([keyIds[0]]);
  expect(out).toMatchObject({ status: 'active', identity: 'arn:aws:iam::123456789012:user/burst' });
});

test('InvalidClientTokenId for every key id is inactive; mixed with a mismatch it is unknown', async () => {
  for (const k of keyIds) answers.set(k, [error('InvalidClientTokenId')]);
  expect(await verifyWith(keyIds)).toMatchObject({ status: 'inactive', reason: expect.stringMatching(/InvalidClientTokenId/) });
  expect(sentKeyIds()).toEqual(keyIds);
  server.seen.length = 0;
  answers.set(keyIds[1], [error('SignatureDoesNotMatch')]);
  expect(await verifyWith(keyIds)).toMatchObject({ status: 'unknown' });
});

test('an expired session token is definitive: inactive, nothing more is tried', async () => {
  answers.set(keyIds[0], [error('ExpiredToken')]);
  expect(await verifyWith(keyIds)).toMatchObject({ status: 'inactive', reason: 'ExpiredToken' });
  expect(sentKeyIds()).toEqual([keyIds[0]]);
});

test('end to end: a scan tries the farther key id when the nearest one is dead', async () => {
  const dir = tempDir('tg-aws-pairs-');
  const [near, far] = ['AKIANEARNEARNEARNEAR', 'AKIAFARFARFARFARFARF'];
  writeTree(dir, { credentials: `[default]\naws_access_key_id = ${near}\naws_secret_access_key = ${secret}\n\n[old]\n# rotated: aws_access_key_id = ${far}\n` });
  writeFileSync(join(dir, '.tokenguardrc.json'), '{}');
  answers.set(near, [error('InvalidClientTokenId')]);
  answers.set(far, [ok('arn:aws:iam::123456789012:user/far')]);
  const res = await runInProcess(['scan', dir, '--verify', '--format', 'json', '--endpoint', `aws=${base}/aws`]);
  const findings = (JSON.parse(res.stdout) as { findings: Array<{ ruleId: string; verification?: { status: string; identity?: string } }> }).findings;
  expect(findings.find((f) => f.ruleId === 'aws.secret-access-key')?.verification).toMatchObject({ status: 'active', identity: 'arn:aws:iam::123456789012:user/far' });
  expect(sentKeyIds()).toEqual([near, far]);
  expect(res.stdout + res.stderr + (res.stray ?? '')).not.toContain(secret);
});
