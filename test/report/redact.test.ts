import { maskText, redactSecret } from '../../src/report/redact';

describe('redaction', () => {
  it('keeps the prefix, the last two characters and the length', () => {
    const secret = 'ghp_' + 'A'.repeat(30) + 'xyzXYZ';
    const r = redactSecret(secret, 'ghp_');
    expect(r).toHaveLength(secret.length);
    expect(r.startsWith('ghp_***')).toBe(true);
    expect(r.endsWith('YZ')).toBe(true);
    expect(r).not.toContain('xyz');
  });

  it('hides everything for short secrets and when the prefix does not apply', () => {
    expect(redactSecret('hunter2', undefined)).toBe('*******');
    expect(redactSecret('abcdefghijklmnop', 'zz_')).toBe('**************op');
  });

  it('is idempotent', () => {
    const once = redactSecret('sk_live_0123456789abcdefghij', 'sk_live_');
    expect(redactSecret(once, 'sk_live_')).toBe(once);
  });

  it('masks every occurrence on a line, and each line of a multi-line secret', () => {
    const pem = '-----BEGIN KEY-----\nAAAABBBBCCCC\nDDDDEEEE\n-----END KEY-----';
    const line = 'key="AAAABBBBCCCC" again AAAABBBBCCCC';
    const out = maskText(line, [{ secret: pem }]);
    expect(out).not.toContain('AAAABBBBCCCC');
    expect(maskText('a=s3cr3tvalue b=s3cr3tvalue', [{ secret: 's3cr3tvalue' }])).toBe('a=*********** b=***********');
  });
});
