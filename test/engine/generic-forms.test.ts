/**
 * More places a literal secret takes in code and configuration: the value on the line after an open
 * assignment or an environment lookup's fallback, a function that returns it, a call that passes it
 * through (webpack's DefinePlugin, CDK, Buffer.from), literals joined to literals, a URL's query, an
 * XML element's name and value attributes, and Gradle's credentials blocks. Each with the code, the
 * references and the public values in the same places that must stay silent.
 */
import { type Hit, scanFiles, token } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-forms-');
const places = (hits: Hit[]) => hits.map((h) => `${h.path}:${h.line}`);

it('reads a value given on the line below its key', async () => {
  const v = [token(40), token(64), token(36)];
  const files = {
    'PaymentConfig.java': `class PaymentConfig {\n    static final String PAYPAL_SECRET =\n        "${v[0]}";\n    static final String NAME =\n        "orders";\n}\n`,
    'runtime.exs': `secret_key_base =\n  System.get_env("SECRET_KEY_BASE") ||\n    "${v[1]}"\n`,
    'settings.py': `SECRET_KEY = (\n    "${v[2]}"\n)\nAPI_TOKEN = (\n    os.environ["API_TOKEN"]\n)\n`,
  };
  const got = await scan(files);
  expect(places(got)).toEqual(['PaymentConfig.java:3', 'runtime.exs:3', 'settings.py:2']);
  expect(got.map((h) => h.secret)).toEqual(v);
});

it('reads functions that return a literal, and leaves those returning code alone', async () => {
  const v = [token(), token(), token(), token(), token()];
  const files = {
    'github.ex': `defmodule App.GitHub do\n  def webhook_secret, do: "${v[0]}"\n  def api_token, do: Application.fetch_env!(:app, :token)\nend\n`,
    'client.rb': `class Client\n  def api_key = "${v[1]}"\nend\n`,
    'Keys.kt': `object Keys {\n    fun apiKey(): String = "${v[2]}"\n}\n`,
    'client.py': `class Client:\n    def api_key(self): return "${v[3]}"\n    def token(self): return self._token\n`,
    'client.js': `class Client {\n  get apiKey() { return '${v[4]}'; }\n}\n`,
  };
  const got = await scan(files);
  expect(places(got)).toEqual(['client.js:2', 'client.py:2', 'client.rb:2', 'github.ex:2', 'Keys.kt:2']);
  expect(got.map((h) => h.secret).sort()).toEqual([...v].sort());
});

it('reads literals passed through a call or joined to literals', async () => {
  const v = [token(), token(), token(), token(20), token(20)];
  const files = {
    'webpack.config.js': [
      'new webpack.DefinePlugin({',
      `  'process.env.MIXPANEL_SECRET': JSON.stringify('${v[0]}'),`,
      "  'process.env.API_URL': JSON.stringify('https://api.example.com/v2'),",
      `  'process.env.SEGMENT_WRITE_KEY': JSON.stringify('${token()}'),`,
      '});',
      '',
    ].join('\n'),
    'stack.ts': `new Secret(this, 'Key', { secretStringValue: cdk.SecretValue.unsafePlainText('${v[1]}') });\nconst hmacKey = Buffer.from('${v[2]}', 'utf8');\n`,
    'backfill.py': `OLD_SECRET = "${v[3]}" + "${v[4]}"\nAPI_TOKEN = "tok_" + suffix\n`,
  };
  const got = await scan(files);
  expect(places(got)).toEqual(['backfill.py:1', 'stack.ts:1', 'stack.ts:2', 'webpack.config.js:2']);
  expect(got.map((h) => h.secret)).toEqual([v[3] + v[4], v[1], v[2], v[0]]);
});

it('reads a URL query key, XML name/value attributes and Gradle credentials', async () => {
  const v = [token(), token(24), token(20)];
  const files = {
    'api.http': `GET https://api.weather.example/v1/current.json?key=${v[0]}&q=Leeds\nGET https://api.example.com/search?key=value&q=x\n`,
    'WebServers.xml': `<component>\n  <option name="login" value="deploy" />\n  <option name="password" value="${v[1]}" />\n  <option name="passiveMode" value="true" />\n</component>\n`,
    'build.gradle': [
      'repositories {',
      '    maven {',
      '        credentials {',
      "            username = project.findProperty('nexusUser') ?: 'deployer'",
      `            password = project.findProperty('nexusPassword') ?: '${v[2]}'`,
      '        }',
      '    }',
      '}',
      'dependencies {',
      '    implementation("io.jsonwebtoken:jjwt-api:0.12.5")',
      '}',
      '',
    ].join('\n'),
  };
  const got = await scan(files);
  expect(places(got)).toEqual(['api.http:1', 'build.gradle:5', 'WebServers.xml:3']);
  expect(got.map((h) => h.secret)).toEqual([v[0], v[2], v[1]]);
});
