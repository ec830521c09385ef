/** The filter chain, one filter at a time: each must drop what it is for and keep a real-looking secret. */
import { randomBytes } from 'node:crypto';
import { CompiledRule } from '../../src/engine/compiled-rule';
import { RuleSet } from '../../src/engine/ruleset';
import * as F from '../../src/engine/filters';
import { detect, type DropCounts } from '../../src/engine/detect';
import { onMinifiedLine } from '../../src/engine/minified';
import { placeholderReason } from '../../src/engine/placeholders';
import { buildRuleSet } from '../../src/rules/registry';
import { fakeJwt, Prng } from '../../src/rules/fake';
import { frag, testRule } from '../helpers/engine';
import { fake } from '../helpers/fakes';

const specific = new CompiledRule(testRule({ id: 'test.specific', prefix: 'tok_', minEntropy: 3, stopwords: ['dummy'] }));
const generic = new CompiledRule(testRule({ id: 'test.generic', generic: true, regex: '(?i)(?:secret|password)\\s*=\\s*(\\S+)', keywords: ['secret'] }));
const set = new RuleSet([specific, generic], ['^allowme']);

function run(filter: F.SecretFilter, secret: string, rule: CompiledRule, match = `secret = ${secret}`, path = 'a.txt'): string | undefined {
  return filter({ secret, match, after: '', rule, ruleSet: set, fragment: frag(match, path) });
}

const REAL = 'tok_Qm3x9LpZr7Tb2Vc8';
const REAL_PW = 'Kp9#mZ2!qLx7'; // tokenguard:allow (a made-up password the filters must keep)

describe('precision filters, one at a time', () => {
  it('entropy: drops low-entropy values', () => {
    expect(run(F.entropyFilter, 'tok_aaaaaaaaaaaaaaab', specific)).toBe('entropy');
    expect(run(F.entropyFilter, REAL, specific)).toBeUndefined();
  });

  it.each([
    ['tok_xxxxxxxxxxxxxxxx'],
    ['tok_XXXXXXXXXXXXXXXX'],
    ['tok_****************'],
    ['tok_EXAMPLEabcd1234'],
    ['tok_0123456789abcdef'],
    ['tok_abcdefghijklmnop'],
    ['tok_1111111111111111'],
    ['tok_abcabcabcabcabca'],
    ['${API_TOKEN}'],
    ['{{ .Values.apiToken }}'],
    ['%(api_token)s'],
    ['<your-token>'],
    ['process.env.API_TOKEN'],
    ['your_api_key_here'],
    ['tok_changeme000000'],
  ])('placeholder: drops %s', (secret) => {
    expect(run(F.placeholderFilter, secret, specific)).toBe('placeholder');
  });

  it('placeholder: keeps random tokens, and only generic values get the short-word list', () => {
    expect(run(F.placeholderFilter, REAL, specific)).toBeUndefined();
    expect(placeholderReason('tok_testQm3x9LpZr7Tb', 'tok_', false)).toBeUndefined();
    expect(placeholderReason('password123', undefined, true)).toBe('placeholder');
    expect(placeholderReason('test-credentials', undefined, true)).toBe('placeholder');
    expect(placeholderReason(REAL_PW, undefined, true)).toBeUndefined();
  });

  it('placeholder: a template needs a body a template can hold, so random punctuation is not one', () => {
    // Templates and substitutions stay placeholders, with or without their closing bracket.
    for (const v of [
      '${DB_PASSWORD}',
      '${DB_PASSWORD:?is required}',
      '${{ secrets.API_TOKEN }}',
      '{{ .Values.db.password | b64enc }}',
      "{{ lookup('env', 'TOKEN') }}",
      "#{ENV['API_KEY']}",
      '$(openssl rand -hex 32)',
      'sk_live_{{key',
      'pre-${SUFFIX',
    ])
      expect([v, placeholderReason(v, undefined, true)]).toEqual([v, 'placeholder']);
    // Values drawn from WordPress's salt alphabet where `{{`, `${`, `#{` or `$(` open a run of symbols no template holds.
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_ []{}<>~`+=,.;:/?|';
    const prng = new Prng('salt-openers');
    const draw = (n: number) => Array.from({ length: n }, () => alphabet[prng.int(alphabet.length)]).join('');
    for (const v of ['{{', '${', '#{', '$('].map((opener, i) => `${draw(20)}${opener}${'*;<~@'.slice(i)}${draw(30)}`)) {
      expect([v, placeholderReason(v, undefined, false)]).toEqual([v, undefined]);
      expect([v, placeholderReason(v, undefined, true)]).toEqual([v, undefined]);
    }
  });

  it('placeholder: a value cut short ends in - or _, a long random one may too', () => {
    for (const v of ['sk-ant-api03-', 'xoxe-1-', 'AKIA_', 'eyJhbGciOi...']) expect([v, placeholderReason(v, undefined, true)]).toEqual([v, 'placeholder']);
    // Django's generator draws 50 characters from an alphabet holding - and _ (one key in 25 ends in one).
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';
    const prng = new Prng('django-key');
    const django = `django-insecure-${Array.from({ length: 49 }, () => alphabet[prng.int(alphabet.length)]).join('')}-`;
    expect(placeholderReason(django, undefined, true)).toBeUndefined();
    expect(placeholderReason(`${django.slice(0, -1)}_`, undefined, true)).toBeUndefined();
  });

  it('documented examples: drops keys providers publish in their docs (known by hash only)', () => {
    expect(run(F.exampleKeyFilter, 'AKIAIOSFODNN7EXAMPLE', specific)).toBe('documented-example');
    expect(run(F.exampleKeyFilter, fake('aws.access-key-id', 'example-filter'), specific)).toBeUndefined();
  });

  it('stopwords: drops secrets containing a rule stopword', () => {
    expect(run(F.stopwordFilter, 'tok_DUMMYzr7Tb2Vc8x', specific)).toBe('stopword');
    expect(run(F.stopwordFilter, REAL, specific)).toBeUndefined();
  });

  it('validators: a JWT must be signed and decodable; basic auth must be user:password', () => {
    const jwtRule = new CompiledRule(testRule({ id: 'test.jwt', validate: 'jwt' }));
    const good = fakeJwt(new Prng('f'));
    const [h, p] = good.split('.');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${p}.`;
    expect(run(F.validatorFilter, good, jwtRule)).toBeUndefined();
    expect(run(F.validatorFilter, `${h}.${p}.`, jwtRule)).toBe('invalid-structure');
    expect(run(F.validatorFilter, none, jwtRule)).toBe('invalid-structure');
    expect(run(F.validatorFilter, 'eyJnot.json.at-all', jwtRule)).toBe('invalid-structure');
    const basic = new CompiledRule(testRule({ id: 'test.basic', validate: 'basic-auth' }));
    expect(run(F.validatorFilter, Buffer.from(`deploy:${REAL_PW}`).toString('base64'), basic)).toBeUndefined();
    expect(run(F.validatorFilter, Buffer.from('deploy:password').toString('base64'), basic)).toBe('invalid-structure');
    expect(run(F.validatorFilter, Buffer.from('no colon').toString('base64'), basic)).toBe('invalid-structure');
    // Azure DevOps: an empty user and a PAT (52 characters) as the password; an empty user and a short word is no credential.
    const pat = [...randomBytes(52)].map((b) => 'abcdefghijklmnopqrstuvwxyz234567'[b % 32]).join('');
    expect(run(F.validatorFilter, Buffer.from(`:${pat}`).toString('base64'), basic)).toBeUndefined();
    expect(run(F.validatorFilter, Buffer.from(':hunter2').toString('base64'), basic)).toBe('invalid-structure');
  });

  it.each([
    'vault:secret/data/app#password',
    'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf',
    'projects/acme/secrets/db-password/versions/latest',
    '@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/db/)',
    'op://Engineering/db/password',
    'ENC[AES256_GCM,data:abc,iv:def]',
  ])('secret manager references: drops %s for generic rules only', (secret) => {
    expect(run(F.secretManagerFilter, secret, generic)).toBe('secret-manager-reference');
    expect(run(F.secretManagerFilter, secret, specific)).toBeUndefined();
  });

  it('hashes and ids: integrity and password hashes always, digests and UUIDs under a hash/id key', () => {
    expect(run(F.hashIdFilter, 'sha512-Qm3x9LpZr7Tb2Vc8Qm3x9LpZr7Tb2Vc8==', generic)).toBe('hash-or-id');
    expect(run(F.hashIdFilter, '$2b$12$Qm3x9LpZr7Tb2Vc8Qm3x9e', generic)).toBe('hash-or-id');
    const sha = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    expect(run(F.hashIdFilter, sha, generic, `secret_sha256 = ${sha}`)).toBe('hash-or-id');
    expect(run(F.hashIdFilter, '123e4567-e89b-42d3-a456-426614174000', generic, 'secret_id = 123e4567-e89b-42d3-a456-426614174000')).toBe('hash-or-id');
    expect(run(F.hashIdFilter, sha, generic, `secret = ${sha}`)).toBeUndefined();
  });

  it('key names: the file, name, URL or lifetime of a secret is not the secret', () => {
    expect(run(F.keyNameFilter, '/run/secrets/db', generic, 'secret_file = /run/secrets/db')).toBe('key-not-secret');
    expect(run(F.keyNameFilter, 'prod-db-creds-2024', generic, 'SECRET_NAME: prod-db-creds-2024')).toBe('key-not-secret');
    expect(run(F.keyNameFilter, REAL_PW, generic, `secret = ${REAL_PW}`)).toBeUndefined();
  });

  it.each(['config.auth.secret', 'getSecret()', '$SECRET', '${SECRET}', 'SOME_ENV_NAME', 'my_secret_value', 'mySecretValue', 'undefined', 'nextKey:'])('code references: drops %s', (secret) => {
    expect(run(F.codeReferenceFilter, secret, generic)).toBe('code-reference');
  });

  it('code references: an identifier followed by a call or an index, and type names', () => {
    const call = F.codeReferenceFilter({ secret: 'babel7CompatTokens', match: 'tokens = babel7CompatTokens', after: '(', rule: generic, ruleSet: set, fragment: frag('x') }); // tokenguard:allow
    expect(call).toBe('code-reference');
    expect(run(F.codeReferenceFilter, 'NonSharedBuffer', generic)).toBe('code-reference');
    expect(run(F.codeReferenceFilter, 'Summer2024', generic)).toBeUndefined();
  });

  it('diversity: generic values need mixed character classes', () => {
    expect(run(F.diversityFilter, 'productiondatabase', generic)).toBe('low-diversity');
    expect(run(F.diversityFilter, 'prod-database', generic)).toBe('low-diversity');
    expect(run(F.diversityFilter, REAL_PW, generic)).toBeUndefined();
    expect(run(F.diversityFilter, 'productiondatabase', specific)).toBeUndefined();
  });

  it('public material: public keys and certificates under generic keys are not secrets', () => {
    expect(run(F.publicMaterialFilter, 'ssh-ed25519', generic)).toBe('public-material');
    expect(run(F.publicMaterialFilter, REAL_PW, generic, `public_key = ${REAL_PW}`)).toBe('public-material');
    expect(run(F.publicMaterialFilter, REAL_PW, generic)).toBeUndefined();
  });

  it('allowlists: the rule allowlist (regex and path) and the config allowlist', () => {
    const allow = new CompiledRule(testRule({ id: 'test.allow', allowlist: { regexes: ['Vc8$'], paths: ['fixtures/**'] } }));
    expect(run(F.ruleAllowlistFilter, REAL, allow)).toBe('allowlist');
    expect(run(F.ruleAllowlistFilter, 'tok_Qm3x9LpZr7Tb2Vc9', allow, 'x', 'fixtures/a.env')).toBe('allowlist');
    expect(run(F.ruleAllowlistFilter, 'tok_Qm3x9LpZr7Tb2Vc9', allow, 'x', 'src/a.env')).toBeUndefined();
    expect(run(F.configAllowlistFilter, 'allowme-123', specific)).toBe('allowlist');
    expect(run(F.configAllowlistFilter, REAL, specific)).toBeUndefined();
  });

  it('the chain reports the first reason and counts drops by reason', () => {
    const s = buildRuleSet({ definitions: [testRule({ id: 'test.tok', minEntropy: 3 })], allowlistRegexes: [] });
    const dropped: DropCounts = {};
    detect(frag('a tok_aaaaaaaaaaaaaaaa b tok_xxxxxxxxxxxxxxxx c tok_a1b2c3d4e5f6g7h8'), s, dropped);
    expect(dropped).toEqual({ entropy: 2 });
  });
});

describe('minified lines', () => {
  const minified = `var a=${'x'.repeat(5000)};`;
  it('are recognised per line: long, with almost no spaces', () => {
    const bytes = Buffer.from(`const a = 1;\n${minified}\nconst b = 2;\n`);
    expect(onMinifiedLine(bytes, 3)).toBe(false);
    expect(onMinifiedLine(bytes, 20)).toBe(true);
    expect(onMinifiedLine(bytes, bytes.length - 3)).toBe(false);
    expect(onMinifiedLine(Buffer.from(`${'word '.repeat(400)}`), 10)).toBe(false);
  });

  it('are not read by generic rules, but specific rules still run on them, and lines around them are read', () => {
    const s = buildRuleSet({
      definitions: [testRule({ id: 'test.specific' }), testRule({ id: 'test.generic', generic: true, regex: 'secret=([A-Za-z0-9]{10,})', keywords: ['secret='] })],
      allowlistRegexes: [],
    });
    const text = 'secret=Qm3x9LpZr7Tb2Vc8 tok_a1b2c3d4e5f6g7h8'; // tokenguard:allow (a made-up value the test expects to be found)
    const bundled = `${minified} ${text} ${minified}`;
    expect(detect(frag(bundled, 'app.min.js'), s).map((f) => f.ruleId)).toEqual(['test.specific']);
    expect(
      detect(frag(text, 'app.js'), s)
        .map((f) => f.ruleId)
        .sort(),
    ).toEqual(['test.generic', 'test.specific']);
    // One minified line (a CA bundle, a JSON blob in a log) no longer hides the file's other lines.
    expect(
      detect(frag(`${minified}\n${text}\n`, 'values.yaml'), s)
        .map((f) => f.ruleId)
        .sort(),
    ).toEqual(['test.generic', 'test.specific']);
  });
});
