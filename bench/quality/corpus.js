'use strict';
// The labelled quality corpus, generated at run time: positives for every rule in realistic files of
// 14 syntaxes, generic credentials in every form the rules promise, and hard negatives of every kind
// the precision filters exist for. Nothing here is a real secret: every value is drawn from a rule's
// own format with a seeded generator.
const { fakeSecret, Prng, expandTemplate, fakePem, fakeJwt } = require('../../dist/rules/fake.js');
const { expandExamples } = require('../../dist/rules/examples.js');
const { NAMES, SYNTAXES } = require('./syntaxes');

/** A variable name a developer might give this credential: GITLAB_PAT, TWILIO_AUTH_TOKEN. */
function keyFor(rule) {
  return rule.id
    .replace(/[.-]+/g, '_')
    .replace(/_(legacy|v\d)$/, '')
    .toUpperCase();
}

function familyOf(rule) {
  return rule.provider ?? rule.id.split('.')[0];
}

/** Positives for every content rule: two lines from its own examples (new draws) and one keyed assignment. */
function rulePositives(rules, seed, add) {
  let n = 0;
  for (const rule of rules) {
    if (!rule.regex) continue;
    const ex = expandExamples(rule, `${seed}-corpus`);
    // A rule tied to a file name (a Dockerfile, a .zuliprc) gets its examples in a file of that name.
    const path = rule.path ? expandTemplate(`{{gen:/${rule.path}/}}`, new Prng(`${seed}-${rule.id}`), undefined) : undefined;
    for (let k = 0; k < 2 && ex.positive.length > 0; k++) {
      const p = ex.positive[(n + k) % ex.positive.length];
      if (p.secret === undefined) continue;
      const syntax = NAMES[(n + k) % NAMES.length];
      const label = { ruleId: rule.id, family: familyOf(rule), secret: p.secret, variant: 'example' };
      add(path ? { path: path.replace(/^\/+/, ''), content: `${p.text}\n`, label } : { syntax, lines: [p.text], label });
    }
    n++;
    // Generic rules are exercised by the generic corpus; a keyed line for them would only test the made-up name.
    if (rule.generic || rule.path) continue;
    const secret = fakeSecret(rule, new Prng(`${seed}-keyed-${rule.id}`));
    const syntax = NAMES[(n + 5) % NAMES.length];
    add({ syntax, lines: [SYNTAXES[syntax].assign(keyFor(rule), secret)], label: { ruleId: rule.id, family: familyOf(rule), secret, variant: 'keyed' } });
  }
}

/** Path-only rules: files named like key stores, with binary content. */
function pathPositives(rules, seed, add) {
  for (const rule of rules) {
    if (rule.regex || !rule.path) continue;
    for (const ex of expandExamples(rule, `${seed}-corpus`).positive) {
      add({
        path: ex.text,
        content: Buffer.from([0x30, 0x82, 0x0a, 0x00, 0x02, 0x01, 0x03]),
        label: { ruleId: rule.id, family: familyOf(rule), secret: ex.text.slice(ex.text.lastIndexOf('/') + 1), variant: 'path' },
      });
    }
  }
}

const PASSWORD_KEYS = ['db_password', 'password', 'admin_password', 'smtp_pass', 'mysql_root_password', 'redis_password', 'passwd', 'keystore_passphrase'];
const SECRET_KEYS = ['api_key', 'client_secret', 'service_token', 'signing_key', 'app_secret', 'encryption_key', 'webhook_secret', 'access_token'];

/** Generic credentials: passwords and secrets in every syntax, URLs, headers, tool files, manifests, keys. */
function genericPositives(seed, add) {
  const rng = new Prng(`${seed}-generic`);
  const pw = () => expandTemplate('{{gen:/[A-Z][a-z]{2,4}[0-9]{2,3}[!#%&*@^][a-z]{2,5}[A-Z0-9]{1,3}/}}', rng, undefined);
  const tok = () => expandTemplate('{{gen:/[A-Za-z0-9]{10}[A-Z][0-9][A-Za-z0-9_-]{16,24}/}}', rng, undefined);
  const generic = (ruleId, secret, syntax, lines) => add({ syntax, lines, label: { ruleId, family: 'generic', secret, variant: 'generic' } });
  for (const syntax of NAMES) {
    for (const key of PASSWORD_KEYS) {
      const s = pw();
      generic('generic.password', s, syntax, [SYNTAXES[syntax].assign(key, s)]);
    }
    for (const key of SECRET_KEYS) {
      const s = tok();
      generic('generic.secret-assignment', s, syntax, [SYNTAXES[syntax].assign(key, s)]);
    }
  }
  const schemes = ['postgres', 'postgresql', 'mysql', 'mongodb', 'mongodb+srv', 'redis', 'rediss', 'amqp', 'amqps', 'ftp', 'sftp', 'smtp', 'smtps', 'ldap', 'ldaps', 'https', 'http'];
  schemes.forEach((scheme, i) => {
    // Every other URL keeps an unencoded "@" in its password: drivers split at the last "@".
    const s = i % 2 ? pw().replace(/[!#%&*^]/g, '-') : pw().replace(/[!#%&*^]/g, '@');
    const url = `${scheme}://svc_user:${s}@${scheme.replace(/\W/g, '')}.internal.example.com:${4000 + i}/app`;
    generic('uri', s, NAMES[i % NAMES.length], [SYNTAXES[NAMES[i % NAMES.length]].assign('connection_url', url)]);
  });
  const t = tok();
  generic('header', t, 'shell', [`curl -sf -H "Authorization: Bearer ${t}" https://api.internal.example.com/v2/jobs`]);
  const basicPw = pw();
  const basic = Buffer.from(`deploy:${basicPw}`).toString('base64');
  generic('header', basic, 'python', [`headers = {"Authorization": "Basic ${basic}"}`]);
  const netrc = pw();
  add({
    path: 'home/.netrc',
    content: `machine git.example.com\n  login ci-bot\n  password ${netrc}\n`,
    label: { ruleId: 'credentials.netrc', family: 'credentials', secret: netrc, variant: 'generic' },
  });
  const npm = tok();
  add({
    path: 'app/.npmrc',
    content: `registry=https://npm.example.com/\n//npm.example.com/:_authToken=${npm}\nalways-auth=true\n`,
    label: { ruleId: 'credentials.npmrc-auth', family: 'credentials', secret: npm, variant: 'generic' },
  });
  const pypi = pw();
  add({
    path: 'home/.pypirc',
    content: `[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pypi.example.com/\nusername = ci\npassword = ${pypi}\n`,
    label: { ruleId: 'generic.password', family: 'credentials', secret: pypi, variant: 'generic' },
  });
  const dockerAuth = Buffer.from(`robot:${pw()}`).toString('base64');
  add({
    path: 'home/.docker/config.json',
    content: `{\n  "auths": {\n    "registry.example.com": {\n      "auth": "${dockerAuth}"\n    }\n  }\n}\n`,
    label: { ruleId: 'credentials.docker-config-auth', family: 'credentials', secret: dockerAuth, variant: 'generic' },
  });
  const cfgAuth = Buffer.from(`builder:${pw()}`).toString('base64');
  add({
    path: 'home/.dockercfg',
    content: `{"https://index.docker.io/v1/": {"auth": "${cfgAuth}", "email": "ci@example.com"}}\n`,
    label: { ruleId: 'credentials.docker-config-auth', family: 'credentials', secret: cfgAuth, variant: 'generic' },
  });
  const gitCred = pw();
  add({
    path: 'home/.git-credentials',
    content: `https://ci-bot:${gitCred}@git.example.com\n`,
    label: { ruleId: 'credentials.uri-password', family: 'credentials', secret: gitCred, variant: 'generic' },
  });
  const k8s = pw();
  add({
    path: 'k8s/db-secret.yaml',
    content: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  username: ${Buffer.from('app').toString('base64')}\n  password: ${Buffer.from(k8s).toString('base64')}\n`,
    label: { ruleId: 'generic.password', family: 'kubernetes', secret: k8s, variant: 'generic' },
  });
  const k8sPlain = pw();
  add({
    path: 'k8s/api-secret.yaml',
    content: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  password: "${k8sPlain}"\n`,
    label: { ruleId: 'generic.password', family: 'kubernetes', secret: k8sPlain, variant: 'generic' },
  });
  for (const label of ['RSA PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'PRIVATE KEY', 'DSA PRIVATE KEY', 'PGP PRIVATE KEY BLOCK']) {
    const pem = fakePem(label, rng);
    add({ path: `keys/${label.toLowerCase().replace(/ /g, '-')}.pem`, content: `${pem}\n`, label: { ruleId: 'private-key', family: 'private-key', secret: pem, variant: 'generic' } });
  }
  for (let i = 0; i < 6; i++) {
    const jwt = fakeJwt(rng);
    generic('jwt.token', jwt, NAMES[i], [SYNTAXES[NAMES[i]].assign('session_jwt', jwt)]);
  }
}

module.exports = { rulePositives, pathPositives, genericPositives, keyFor, familyOf };
