/**
 * Values in third-party packages' documentation and tests that stand in for secrets, as found in the
 * package mirror's wheels (pg8000's and scramp's READMEs, oauthlib's docstrings, fastmcp, posthog,
 * google-genai, poetry, scapy, the AWS CLI's examples): a weak password typed at a doctest prompt,
 * keyboard runs, `your-…-secret`, values made of ascending runs, a call or a type read as a value, a
 * format string's field, a relative module path, minified assignment chains. Each is left alone, and
 * the same keys with a real value are still found.
 */
import { base62, scanFiles } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-docs-examples-');
const eq = (k: string, v: string) => [k, v].join(' = ');

it('leaves documentation and test stand-ins alone', async () => {
  const files = {
    'README.rst': [
      '>>> import pg8000.native',
      '>>> con = pg8000.native.Connection(\'postgres\', password="cpsnow")',
      '>>> con = pg8000.native.Connection(',
      '...     \'postgres\', password="cpsnow", ssl_context=ssl_context)',
      "    >>> PASSWORD = 'pencil'",
      '',
    ].join('\n'),
    'oauth1_session.py': ["        'oauth_token': 'sdf0o9823sjdfsdf',", "        'oauth_token_secret': '2kjshdfp92i34asdasd',", ''].join('\n'),
    'auth0.py': ['    client_secret="your-auth0-client-secret",', '    client_secret="my-Bitbucket-password",', ''].join('\n'),
    METADATA: `${eq('WEBHOOK_TOKEN', '"abc123def456"')}\n`,
    'snowflake.py': ['    snowflake_password: Optional[SecretStr] = Field(default=None, alias="password")', '    values["snowflake_password"] = convert_to_secret_str(', ''].join('\n'),
    'automaton_cli.py': '                 psk=None, psk_mode=None,\n',
    'git.py': 'USER_AUTH_HTTP = rf"((?P<username>{USER})(:(?P<password>{URL_RESTRICTED}*))?)"\n',
    '__init__.py': '    "GetCredentialGlobalsTypedDict": ".getcredential",\n',
    'test_live.py': `    api_client_mock.api_key = 'auth_tokens/TEST_AUTH_TOKEN'\n    ${eq('api_key', '"gemini_api_key\\r\\n"')}\n`,
    'identity.py': '    The string should be of the form type:salt:hashed-password.\n',
    'scorecard.md': '`podman run -e GITHUB_AUTH_TOKEN=<auth_token> gcr.io/openssf/scorecard:stable --repo=github.com/x/y`\n',
    'yarn.js': 'Object.defineProperty(Nt,"__esModule",{value:!0});Nt.tokenStructuredMatcherNoCategories=Nt.tokenStructuredMatcher=void 0;\n',
    'docs.md': "    password_encryption = 'scram-sha-256'\n    --participant-token-configurations userId=alice\n",
    'credentials.py': "    ACCESS_KEY = 'AWSAccessKeyId'\n",
    'index.mjs': `        ${eq('nextLastSignificantToken', '"?NonExpressionParenEnd"')};\n`,
    'test_pipeline.py': '        "https://example.com/#password=prefix?fakesecret",\n',
  };
  expect(await scan(files)).toEqual([]);
});

it('still finds real values under the same keys and at a doctest prompt', async () => {
  const v = [base62(24), base62(24), base62(24), base62(20), base62(24)];
  const files = {
    'README.rst': `>>> con = connect(host="db", password="${v[0]}")\n`,
    'oauth1_session.py': `        'oauth_token_secret': '${v[1]}',\n`,
    'auth0.py': `    client_secret="${v[2]}",\n`,
    'settings.py': `SNOWFLAKE_PASSWORD=${v[3]}\n`,
    'config.xml': `<auth_token>${v[4]}</auth_token>\n`,
  };
  const got = await scan(files);
  expect(got.map((h) => h.secret).sort()).toEqual([...v].sort());
});

it('still reports a weak password outside a doctest', async () => {
  const got = await scan({ 'settings.py': `${eq('DB_PASSWORD', '"cpsnow"')}\n` });
  expect(got.map((h) => h.secret)).toEqual(['cpsnow']);
});

it('leaves public, fake and encrypted values of application code alone (the fresh corpus batch)', async () => {
  const files = {
    'keys.go': 'const ExampleIdempotencyKey = "7d1ba817-3cd9-44f9-a218-6670a89847fb"\nconst fakeToken = "123456:TEST-TOKEN"\n',
    'Keys.swift': '    static let searchOnlyKey = "672c69714ada368981f63c2ff4f5089e"\n',
    'Config.pm': "our $DSN     = 'dbi:Pg:dbname=billing;host=billing-db.internal;sslmode=require';\n",
    'fake_credentials.rb': '  ACCESS_TOKEN      = "access_token$sandbox$dummy$0000"\n',
    'feature-flags.ts': "export const FLAGS = {\n  tokenRotationBanner: 'security.token-rotation-banner',\n};\n",
    'settings.xml': '<server>\n  <id>nexus</id>\n  <password>{COQLCE6DU6GtcS5P=}</password>\n</server>\n',
    'grafana.ini': '[security]\nsecret_key = SW2YcwTIb9zpOOhoPsMm\n',
  };
  expect(await scan(files)).toEqual([]);
});

it('still finds real values under the same names', async () => {
  const v = [base62(32), base62(32), base62(24)];
  const files = {
    'keys.go': `const WebhookSigningKey = "${v[0]}"\n`,
    'Keys.swift': `    static let adminApiKey = "${v[1]}"\n`,
    'settings.xml': `<server>\n  <id>nexus</id>\n  <password>${v[2]}</password>\n</server>\n`,
  };
  expect((await scan(files)).map((h) => h.secret).sort()).toEqual([...v].sort());
});
