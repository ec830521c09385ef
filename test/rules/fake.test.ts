import { checksumValid, applyChecksum } from '../../src/engine/checksum';
import { expandTemplate, fakeJwt, Prng } from '../../src/rules/fake';

describe('fake secrets and templates', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = expandTemplate('{{alnum:20}}', new Prng('s1'), undefined);
    expect(expandTemplate('{{alnum:20}}', new Prng('s1'), undefined)).toBe(a);
    expect(expandTemplate('{{alnum:20}}', new Prng('s2'), undefined)).not.toBe(a);
  });

  it('expands {{secret}}, generators and nested encoders', () => {
    const rng = new Prng('x');
    expect(expandTemplate('K={{secret}};', rng, 'abc')).toBe('K=abc;');
    expect(expandTemplate('{{b64:u:{{secret}}}}', rng, 'p@ss')).toBe(Buffer.from('u:p@ss').toString('base64'));
    expect(expandTemplate('{{url:a b/c}}', rng, undefined)).toBe('%61%20%62%2F%63');
    expect(expandTemplate('{{hexenc:hi}}', rng, undefined)).toBe('6869');
    expect(expandTemplate('{{gen:/[0-9]{4}/}}', rng, undefined)).toMatch(/^[0-9]{4}$/);
    expect(() => expandTemplate('{{nope}}', rng, undefined)).toThrow(/unknown template helper/);
    expect(() => expandTemplate('{{secret}}', rng, undefined)).toThrow(/no secret/);
  });

  it('builds JWTs with a real JSON header', () => {
    const jwt = fakeJwt(new Prng('j'));
    const [h, p, s] = jwt.split('.');
    expect(JSON.parse(Buffer.from(h, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(JSON.parse(Buffer.from(p, 'base64url').toString()).sub).toHaveLength(12);
    expect(s.length).toBeGreaterThan(20);
  });

  it('computes and checks the CRC32/base62 token checksum', () => {
    const body = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5' + '000000'; // tokenguard:allow (a made-up test value)
    const fixed = applyChecksum('crc32-base62', body);
    expect(fixed).toHaveLength(40);
    expect(checksumValid('crc32-base62', fixed)).toBe(true);
    const flipped = fixed.slice(0, 10) + (fixed[10] === 'x' ? 'y' : 'x') + fixed.slice(11);
    expect(checksumValid('crc32-base62', flipped)).toBe(false);
    expect(checksumValid('crc32-base62', 'short')).toBe(false);
  });
});
