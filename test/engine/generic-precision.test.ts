/**
 * Values under credential-sounding keys that are not credentials, as found in real third-party code
 * (the AWS CLI's examples, botocore's service models, cfn-lint's schemas, typeshed's stubs): page and
 * change markers (`NextToken`, `ChangeToken`), idempotency keys, patterns that validate a secret, a
 * subscripted name or type, a constant that spells its own name, and documentation's keys typed along
 * the alphabet. Each is left alone, and a real secret under the same keys is still found.
 */
import { base62, scanFiles } from '../helpers/scan-files';

/** A random-looking value, made at test time. */
const secret = () => base62(24);
const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-precision-');

it('leaves markers, patterns, code and made-up documentation keys alone', async () => {
  const files = {
    'list-hosted-zones.json': `{\n  "NextToken": "eyJNYXJrZXIiOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAyfQ==",\n  "ChangeToken": "abcd12f2-46da-4fdb-b8d5-fbd4c466928f",\n  "ClientRequestToken": "${secret()}",\n  "LockToken": "${secret()}"\n}\n`,
    'update-set.sh': `aws waf update-ip-set --change-token 12cs345-67cd-890b-1cd2-c3a4567d89f1 --next-token ${secret()}\n`,
    'schema.json': '{\n  "SecretArn": {\n    "pattern": "^arn:aws[a-zA-Z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[a-zA-Z0-9/_+=.@-]+$"\n  }\n}\n',
    'app.py': 'secret_key = ConfigAttribute[t.Union[str, bytes, None]]("SECRET_KEY")\nidentifiers, new_token = RESOURCE_MAP[\n    resource_type\n](next_token)\n',
    'oid.py': 'NAMES = {\n    AttributeOID.CHALLENGE_PASSWORD: "challengePassword",\n}\n',
    'create-channel.rst': 'Output::\n\n    {\n        "passphrase": "AB1C2defGHijkLMNo3PqQRstUvwxyzaBCDEfghh4ijklMN5opqrStuVWxyzAbCDEfghIJ"\n    }\n',
    'KnownOIDs.java': 'enum KnownOIDs {\n    ChallengePassword("1.2.840.113549.1.9.7"),\n    SecretKeyBag("1.2.840.113549.1.12.10.1.5");\n}\n',
    // A translated resource bundle: messages written as escapes of non-ASCII code points.
    'keytool_ko.java': [
      '            { ".keypass.and.new.can.not.be.specified.if.storetype.is.{0}", "-storetype\\uC774 {0}\\uC778 \\uACBD\\uC6B0 -keypass \\uBC0F -new\\uB97C \\uC9C0\\uC815\\uD560 \\uC218 \\uC5C6\\uC2B5\\uB2C8\\uB2E4." },',
      '            { ".keypasswd.commands.not.supported.if.storetype.is.PKCS12", "-storetype\\uC774 PKCS12\\uC778 \\uACBD\\uC6B0 -keypasswd \\uBA85\\uB839\\uC774 \\uC9C0\\uC6D0\\uB418\\uC9C0 \\uC54A\\uC2B5\\uB2C8\\uB2E4." },',
      '',
    ].join('\n'),
  };
  expect(await scan(files)).toEqual([]);
});

it('still finds secrets under the same files and keys', async () => {
  const v = [secret(), secret(), secret()];
  const files = {
    'list-hosted-zones.json': `{\n  "NextToken": null,\n  "SessionToken": "${v[0]}"\n}\n`,
    'oid.py': `NAMES = {\n    AttributeOID.CHALLENGE_PASSWORD: "${v[1]}",\n}\n`,
    'create-channel.rst': `Output::\n\n    {\n        "passphrase": "${v[2]}"\n    }\n`,
  };
  const got = await scan(files);
  expect(got.map((h) => h.secret).sort()).toEqual([...v].sort());
});

it("leaves C++ scopes, compiler passes, comparisons, module maps and other libraries' forms alone", async () => {
  const files = {
    // C and C++ headers (libstdc++, LLVM)
    'stop_token.h': '      stop_token::_Stop_state_ref _M_state;\n    using llvm::Pass::doInitialization;\n',
    'PassRegistry.def': 'MODULE_PASS("pre-isel-intrinsic-lowering", PreISelIntrinsicLoweringPass, ())\nFUNCTION_PASS("expand-reductions", ExpandReductionsPass, ())\n',
    Makefile: 'git-credential-osxkeychain: git-credential-osxkeychain.o\n',
    'Tiny.pm': 'my $Token = qr/[\\x21\\x23-\\x27\\x2A\\x2B\\x2D\\x2E\\x30-\\x39\\x41-\\x5A]/;\n',
    // Python libraries (google-genai, keyring, passlib, langchain, huggingface_hub, joserfc, IPython, dnspython, trl)
    'models.py': '    "CreateCredentialRequest": ".createcredential",\n    "RotateSigningSecretGlobals": ".rotatesigningsecret",\n',
    'backend.py': "        self.set_password('service1', 'user1', 'password1')\n        assert keyring.get_password('service1', 'user1') == 'password1'\n",
    'des.py': '    if salt < 0 or salt > INT_24_MASK:\n        if current_text_token_cnt > _MAX_TOKENS_PER_BATCH:\n',
    'gigachat.py': '        "password": "GIGACHAT_PASSWORD",\n',
    'constants.py': 'GRANT_TYPE_JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"\n_SECRET_NAMESPACE = \'oauth2client:secrets#ns\'\n',
    'login.py': '    masked_token = f"{token[:3]}****{token[-4:]}"\n    token = rrset[0].key\n',
    'okp_key.py': '    "salt": b"joserfc:OKP:HKDF:Ed25519",\n    "pwd": "IPython.core.magics.osm:OSMagics",\n',
    'oracleai.py': '    dsn="<hostname>/<service_name>",\n',
    'handlers.py': "PASS_TABLE_UTF8 = b't\\xc3\\xa1\\xd0\\x91\\xe2\\x84\\x93'\n",
    // Joined at run time: as one literal here, this file's own scan would read the pair inside it as text.
    'trainer.py': [['per_token_loss', '-per_token_logps'], ['ccache.credentials', '[ccache.credentials[i]]'], []].map((p) => p.join(' = ')).join('\n'),
    'test_websocket.py': '        "Sec-WebSocket-Key": "k9kFAUWNAMmf5OEMfTlOEA==",\n',
    'test_knownhosts.py': `    sampleKey = b"AAAAB3NzaC1yc2EAAAABIwAAAQEA${'l/TQakPkePlnwCBRPitIVUTg6Z8VzN1en'}"\n`,
    'oauth1.py': `        ${['oauth_token=hh5s93j4hdidpola', 'oauth_token_secret=hdhd0244k9j7ao03', ''].join('&')}\n`,
    'api.md': '- <code title="post /webhook_endpoints/{webhook_endpoint_id}/rotate_secret">client.webhooks.rotate_secret()</code>\n',
  };
  expect(await scan(files)).toEqual([]);
});

it('still finds passwords named in XML attributes and setters, and one under its own service name', async () => {
  const v = [secret(), secret(), secret(), secret()];
  const files = {
    'hibernate.cfg.xml': `<hibernate-configuration>\n    <property name="hibernate.connection.password">${v[0]}</property>\n</hibernate-configuration>\n`,
    'filezilla.xml': `<Settings>\n        <Setting name="Proxy password">${v[1]}</Setting>\n</Settings>\n`,
    'Client.java': `    client.setPassword("${v[2]}");\n`,
    '.env': `ROUNDCUBEMAIL_DB_PASSWORD=roundcube${v[3].slice(0, 6)}\n`,
  };
  const got = await scan(files);
  expect(got.map((h) => h.secret)).toEqual([`roundcube${v[3].slice(0, 6)}`, v[2], v[1], v[0]]);
});

it('leaves client-side keys their providers publish by prefix, a Wi-Fi SSID, and values that say they are not for use', async () => {
  const real = secret();
  const files = {
    'AppKeys.swift': `public static let revenueCatAPIKey = "appl_${base62(27)}"\npublic static let revenueCatSecret = "${real}"\n`,
    '.env': `STATSIG_CLIENT_KEY=client-${base62(43)}\nPUBNUB_SUBSCRIBE_KEY=sub-c-2d50a22a-a20c-4a79-9eaa-1382e733642e\n`,
    'arduino_secrets.h': '#define SECRET_SSID "Vodafone-7F3A"\n',
    'secrets.yml': 'development:\n  secret_key_base: dev-only-secret-key-base-please-do-not-use-in-production-0000\n',
  };
  expect((await scan(files)).map((h) => h.secret)).toEqual([real]);
});

it("leaves a password that repeats the user name beside it, and Android's and Vagrant's documented defaults", async () => {
  const real = secret();
  const files = {
    'database.yml': `development:\n  adapter: postgresql\n  username: shop\n  password: shop\nproduction:\n  username: shop\n  password: ${real}\n`,
    'application.properties': '%dev.quarkus.datasource.username=ledger\n%dev.quarkus.datasource.password=ledger\n',
    'build.gradle.kts': 'signingConfigs {\n    getByName("debug") {\n        storePassword = "android"\n        keyPassword = "android"\n    }\n}\n',
    Vagrantfile: 'Vagrant.configure("2") do |config|\n  config.ssh.password = "vagrant"\nend\n',
  };
  expect((await scan(files)).map((h) => h.secret)).toEqual([real]);
});

it('leaves references to a keychain or keyring entry alone', async () => {
  const files = { 'paykit.toml': '[mollie]\napi_key = "keychain:paykit/mollie"\nwebhook_secret = "keyring:paykit/mollie-webhook"\n' };
  expect(await scan(files)).toEqual([]);
});
