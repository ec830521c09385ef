import { HIDDEN, maskContext, maskText, redactSecret } from '../../src/report/redact';
import { excerpt } from '../../src/report/text';
import { fake } from '../helpers/fakes';

describe('redaction', () => {
  it('keeps the prefix and the last two characters, and states the length instead of one star per character', () => {
    const secret = 'ghp_' + 'A'.repeat(30) + 'xyzXYZ';
    const r = redactSecret(secret, 'ghp_');
    expect(r).toBe(`ghp_${HIDDEN}YZ (40 chars)`);
    expect(r).not.toContain('xyz');
  });

  it('has the same width whatever the length of what it hides', () => {
    const short = redactSecret('sk_live_' + 'a'.repeat(20) + 'Zz', 'sk_live_');
    const long = redactSecret('sk_live_' + 'a'.repeat(2000) + 'Zz', 'sk_live_');
    expect(short.replace(/\(\d+ chars\)/, '')).toBe(long.replace(/\(\d+ chars\)/, ''));
    expect(long).toMatch(/\(2010 chars\)$/);
  });

  it('hides everything for short secrets and when the prefix does not apply', () => {
    expect(redactSecret('hunter2', undefined)).toBe(`${HIDDEN} (7 chars)`);
    expect(redactSecret('abcdefghijklmnop', 'zz_')).toBe(`${HIDDEN}op (16 chars)`);
  });

  it('keeps a PEM header visible, and nothing of the key material', () => {
    const body = 'MIIEpAIBAAKCAQEAx9f3k2Lq8Wz0Yb1Nc7Vd\nQm4Rt6Uy2Io9Pa5Sd3Fg7Hj1Kl0Zx8Cv\n';
    const pem = `-----BEGIN RSA PRIVATE KEY-----\n${body}-----END RSA PRIVATE KEY-----`;
    const r = redactSecret(pem);
    expect(r).toBe(`-----BEGIN RSA PRIVATE KEY-----${HIDDEN} (${pem.length} chars)`);
    for (const line of body.trim().split('\n')) expect(r).not.toContain(line.slice(0, 6));
  });

  it('keeps the AKIA / ASIA prefix of an AWS key id visible, and only for that shape', () => {
    expect(redactSecret('AKIAIOSFODNN7EXAMPLE')).toBe(`AKIA${HIDDEN}LE (20 chars)`);
    const temporary = `ASIA${fake('aws.access-key-id', 'redact').slice(4)}`;
    expect(redactSecret(temporary)).toBe(`ASIA${HIDDEN}${temporary.slice(-2)} (20 chars)`);
    // Not a key id: four letters of an arbitrary secret stay hidden.
    expect(redactSecret('AKIAlowercase-and-more-text')).toBe(`${HIDDEN}xt (27 chars)`);
  });

  it('is idempotent', () => {
    const once = redactSecret('sk_live_0123456789abcdefghij', 'sk_live_'); // tokenguard:allow (a made-up test value)
    expect(redactSecret(once, 'sk_live_')).toBe(once);
    const pem = redactSecret('-----BEGIN EC PRIVATE KEY-----\nabc\n-----END EC PRIVATE KEY-----');
    expect(redactSecret(pem)).toBe(pem);
  });

  it('masks every occurrence on a line, and each line of a multi-line secret', () => {
    const pem = '-----BEGIN KEY-----\nAAAABBBBCCCC\nDDDDEEEE\n-----END KEY-----';
    const line = 'key="AAAABBBBCCCC" again AAAABBBBCCCC';
    const out = maskText(line, [{ secret: pem }]);
    expect(out).not.toContain('AAAABBBBCCCC');
    expect(maskText('a=s3cr3tvalue b=s3cr3tvalue', [{ secret: 's3cr3tvalue' }])).toBe(`a=${HIDDEN} (11 chars) b=${HIDDEN} (11 chars)`);
  });
});

describe('context excerpts', () => {
  const redacted = `ghp_${HIDDEN}YZ (40 chars)`;

  it('centre a long line on the secret', () => {
    const line = `${'a'.repeat(300)} token=${redacted} ${'b'.repeat(300)}`;
    const out = excerpt(line, redacted);
    expect(out).toContain(redacted);
    const at = out.indexOf(redacted);
    const before = at;
    const after = out.length - at - redacted.length;
    expect(Math.abs(before - after)).toBeLessThanOrEqual(2);
    expect(out.startsWith('…') && out.endsWith('…')).toBe(true);
  });

  it('keep the start or the end of the line when the secret is near it', () => {
    const atEnd = `${'a'.repeat(300)} token=${redacted}`;
    expect(excerpt(atEnd, redacted).endsWith(redacted)).toBe(true);
    const atStart = `token=${redacted} ${'b'.repeat(300)}`;
    expect(excerpt(atStart, redacted).startsWith('token=')).toBe(true);
  });

  it('leave short lines whole', () => {
    expect(excerpt(`  token=${redacted}  `, redacted)).toBe(`token=${redacted}`);
  });
});

describe('masked context lines', () => {
  it('mask the tokens a cut excerpt runs through at either edge, and keep the redacted secret', () => {
    const secret = 'ghp_' + 'Q'.repeat(34) + 'Ab';
    const line = `Rest0fACutToken word ${secret} word AnotherCutTok`;
    const out = maskContext(line, undefined, 'both', [{ secret, prefix: 'ghp_' }]);
    expect(out).toBe(`…*************** word ghp_${HIDDEN}Ab (40 chars) word *************…`);
  });

  it('star every span the engine saw, whatever became of it', () => {
    const out = maskContext('a=hunter22 b=visible', [[2, 10]], undefined, []);
    expect(out).toBe('a=******** b=visible');
  });
});
