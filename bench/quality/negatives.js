'use strict';
// Hard negatives: values that look like secrets to a naive scanner and are not. Each is one file;
// a flagged file counts against the false-positive rate.
const { Prng, expandTemplate, fakePem, fakeJwt } = require('../../dist/rules/fake.js');
const { NAMES, SYNTAXES } = require('./syntaxes');
const { keyFor } = require('./corpus');

const PLACEHOLDERS = [
  'xxxxxxxxxxxxxxxxxxxxxxxx',
  '************************',
  'XXXXXXXX-XXXX-XXXX-XXXX',
  'your_api_key_here',
  '<your-token>',
  '<PASSWORD>',
  '${API_TOKEN}',
  '${{ secrets.DEPLOY_TOKEN }}',
  '{{ .Values.auth.password }}',
  '%(db_password)s',
  '$DB_PASSWORD',
  'changeme',
  'REPLACE_ME',
  'insert-your-key',
  'EXAMPLEKEY1234567890',
  '0000000000000000',
  'aaaaaaaaaaaaaaaaaaaa',
  'abcdefghijklmnopqrstuvwxyz',
  '1234567890abcdef',
  'dummy-secret-value',
  'test-password',
  'not-a-real-token',
  'TODO',
  '<redacted>',
];
const KEYS = ['api_key', 'db_password', 'client_secret', 'auth_token', 'secret_key', 'password', 'access_token', 'private_key'];
const REFERENCES = [
  'vault:secret/data/billing#api_key',
  'arn:aws:secretsmanager:eu-west-1:123456789012:secret:billing-Ab12Cd',
  'projects/acme/secrets/billing-api-key/versions/latest',
  '@Microsoft.KeyVault(SecretUri=https://acme.vault.azure.net/secrets/billing/)',
  'op://Engineering/billing/api-key',
  'ENC[AES256_GCM,data:q83k,iv:xk2=,tag:9a==,type:str]',
  '{{resolve:secretsmanager:billing:SecretString:api_key}}',
  'ssm://billing/prod/api_key',
];
const CODE = [
  'password = os.environ["DB_PASSWORD"]',
  'const token = process.env.GITHUB_TOKEN;',
  'api_key = config.get("billing.api_key")',
  'password: string;',
  'private readonly apiKey: string',
  'secret = getSecret(name)',
  'token = jwt.sign(payload, secret)',
  'if password == confirmPassword:',
  'client_secret = settings.CLIENT_SECRET',
  'self.access_token = response.json()["access_token"]',
  'export TOKEN=$(cat /run/secrets/token)',
  'password: {{ vault_db_password }}',
  'db_password = var.db_password',
  'secretName: billing-credentials',
  'token_type: bearer',
  'passwordField: "password"',
  'TOKEN_URL=https://auth.example.com/oauth/token',
  'api_key_header = "X-Api-Key"',
  'password_min_length = 12',
  'secret_rotation_days = 90',
  'tokenizer = AutoTokenizer.from_pretrained(model_name)',
];

function add(out, category, syntax, lines, path) {
  out.push(path ? { path, content: lines.join('\n') + '\n', negative: category } : { syntax, lines, negative: category });
}

/** About 1,100 hard negatives across every syntax and category. */
function negatives(rules, seed) {
  const out = [];
  const rng = new Prng(`${seed}-negatives`);
  const hex = (n) => expandTemplate(`{{hex:${n}}}`, rng, undefined);
  NAMES.forEach((syntax, i) => {
    PLACEHOLDERS.forEach((v, j) => add(out, 'placeholder', syntax, [SYNTAXES[syntax].assign(KEYS[(i + j) % KEYS.length], v)]));
    REFERENCES.forEach((v, j) => add(out, 'secret-manager', syntax, [SYNTAXES[syntax].assign(KEYS[(i + j) % KEYS.length], v)]));
    add(out, 'hash', syntax, [SYNTAXES[syntax].assign('checksum_sha256', hex(64))]);
    add(out, 'hash', syntax, [SYNTAXES[syntax].assign('commit', hex(40))]);
    add(out, 'hash', syntax, [SYNTAXES[syntax].assign('etag', hex(32))]);
    add(out, 'id', syntax, [SYNTAXES[syntax].assign('request_id', expandTemplate('{{uuid}}', rng, undefined))]);
    add(out, 'id', syntax, [SYNTAXES[syntax].assign('token_id', expandTemplate('{{uuid}}', rng, undefined))]);
    add(out, 'public-key', syntax, [SYNTAXES[syntax].assign('public_key', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${expandTemplate('{{alnum:43}}', rng, undefined)}`)]);
    add(out, 'example-key', syntax, [SYNTAXES[syntax].assign('aws_access_key_id', 'AKIAIOSFODNN7EXAMPLE')]);
  });
  CODE.forEach((line, i) => NAMES.forEach((syntax, j) => (i + j) % 3 === 0 && add(out, 'code', syntax, [line])));
  // Provider formats filled with placeholders: prefix + x's, prefix + stars, prefix + EXAMPLE.
  for (const rule of rules) {
    if (!rule.prefix || !rule.regex) continue;
    const syntax = NAMES[out.length % NAMES.length];
    add(out, 'provider-placeholder', syntax, [SYNTAXES[syntax].assign(keyFor(rule), `${rule.prefix}${'x'.repeat(32)}`)]);
    add(out, 'provider-placeholder', syntax, [SYNTAXES[syntax].assign(keyFor(rule), `${rule.prefix}EXAMPLE${'0'.repeat(24)}`)]);
  }
  add(out, 'public-key', null, [fakePem('PUBLIC KEY', rng)], 'certs/server.pub.pem');
  add(out, 'certificate', null, [fakePem('CERTIFICATE', rng)], 'certs/server.crt');
  const [, payload] = fakeJwt(rng).split('.');
  add(out, 'jwt-unsigned', 'javascript', [`const demo = "${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.";`]);
  add(out, 'lockfile', null, [`{"packages": {"node_modules/a": {"integrity": "sha512-${expandTemplate('{{alnum:86}}', rng, undefined)}=="}}}`], 'package-lock.json');
  add(out, 'lockfile', null, [`"a@^1.0.0":\n  version "1.0.0"\n  integrity sha512-${expandTemplate('{{alnum:86}}', rng, undefined)}==`], 'yarn.lock');
  add(out, 'lockfile', null, [`golang.org/x/text v0.3.7 h1:${expandTemplate('{{alnum:43}}', rng, undefined)}=`], 'go.sum');
  add(
    out,
    'minified',
    null,
    [`!function(e){var t={token:"${expandTemplate('{{alnum:40}}', rng, undefined)}",secret:r.secret};${'e.exports=function(n){return n&&n.a}'.repeat(120)}}();`],
    'dist/app.min.js',
  );
  add(out, 'source-map', null, [`{"version":3,"sources":["src/auth.ts"],"mappings":"${expandTemplate('{{alnum:900}}', rng, undefined)}","names":["apiKey","secret"]}`], 'dist/app.js.map');
  return out;
}

module.exports = { negatives };
