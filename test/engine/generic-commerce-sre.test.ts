/**
 * Forms found missed on a blind corpus batch (bench/corpus, batch47: e-commerce operations, web3 teams,
 * SRE and incident response): a password that starts with a percent escape or holds `#` in a database
 * URL, PowerShell's `Pw =`, schema and Jinja defaults, JSON held in a string, keys pasted into tickets,
 * a `"KEY": {"value": v}` object; with the lookalikes beside them (printf's `%s`, Keycloak's stored hash
 * and salt, a PagerDuty dedup key, the public half of an Amplitude pair).
 */
import { scanFiles, token, hex, secrets } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-commerce-');
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;

it('reads a password that starts with a percent escape or holds # in a database URL, and not printf placeholders', async () => {
  const v = { redis: `%DC${token(17)}`, mysql: `t7U#NM${token(14)}`, amqp: `1#QoS7W%-${token(12)}` };
  const hits = await scan({
    '.env.production': `REDIS_URL=rediss://default:${v.redis}@cache.example.com:6380/0\n`,
    'kamailio.cfg': `#!define DBURL_RO "mysql://kamailioro:${v.mysql}@10.40.1.21/kamailio"\n`,
    'application.yml': `spring:\n  rabbitmq:\n    addresses: amqps://dispatch:${v.amqp}@rmq-01.example.internal:5671/dispatch\n`,
    Dockerfile: `RUN printf '//registry.npmjs.org/:_authToken=%s\\n' "\${NPM_TOKEN}" > .npmrc\n`,
    'tasks.cmd': 'set PW=%DB_PASSWORD%\nbuild.password=%env.DEPLOY_PASSWORD%\n',
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it("reads PowerShell's Pw key, schema defaults and a Jinja default", async () => {
  const v = { munis: `Munis$${token(8)}!`, arcgis: `g88A${token(12)}#Z_k`, keeper: `0x${hex(64)}`, zeroex: uuid(), splunk: `Orinoco-UF-${token(6)}` };
  const hits = await scan({
    'New-ServiceAccounts.ps1': `$accounts = @(\n    @{ Name = 'svc_munis';  Desc = 'Tyler Munis';  Pw = '${v.munis}' },\n    @{ Name = 'svc_arcgis'; Desc = 'ArcGIS Server'; Pw = '${v.arcgis}' }\n)\n`,
    'src/config.ts': `export const env = z.object({\n  KEEPER_PRIVATE_KEY: z.string().default("${v.keeper}"),\n  ZEROEX_API_KEY: z.string().default("${v.zeroex}"),\n  LOG_LEVEL: z.string().default("info"),\n});\n`,
    'group_vars/forwarders.yml': `splunk_admin_password: "{{ vault_splunk_admin_password | default('${v.splunk}') }}"\nsplunk_port: "{{ splunk_port | default('8089') }}"\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it("reads the pairs of JSON held in a string, and not Keycloak's stored hash and salt", async () => {
  const v = hex(32);
  const hits = await scan({
    Dockerfile: `ENV COMPOSER_AUTH='{"http-basic":{"repo.magento.com":{"username":"${hex(32)}","password":"${v}"}}}'\n`,
    'realm-export.json': `{\n  "credentials": [\n    {\n      "type": "password",\n      "secretData": "{\\"value\\":\\"${token(86)}==\\",\\"salt\\":\\"${token(42)}=\\",\\"additionalParameters\\":{}}",\n      "credentialData": "{\\"hashIterations\\":27500,\\"algorithm\\":\\"pbkdf2-sha256\\"}"\n    }\n  ]\n}\n`,
  });
  expect(secrets(hits)).toEqual([v]);
});

it('reads hex and UUID keys pasted into tickets and chat, and not trace or dedup ids', async () => {
  const v = { dd: hex(32), routing: hex(32), og: uuid() };
  const hits = await scan({
    'jira/INC-export.csv': `Issue key,Summary,Comment\nINC-4707,"Logs missing","17/Apr/25;dokafor;For the record the DD key in the configmap is ${v.dd} -- rotate after."\nINC-4712,"PagerDuty 400","Trace id ${hex(32)}. New routing key for claims service: ${v.routing} -- terraform PR to follow."\n`,
    'postmortem.md': `Put the payments Opsgenie key straight into the Secret: ${v.og} (move it to SOPS).\nThe dedup key is ${hex(32)}.\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it('reads the value of an object a provider-named key opens, and the secret half of a public-half provider', async () => {
  const v = { alchemy: `djV9c41UPN_${token(21)}`, ampSecret: hex(32) };
  const hits = await scan({
    '.config/hardhat-nodejs/vars.json': `{\n  "_format": "hh-vars-1",\n  "vars": {\n    "ALCHEMY_BASE_KEY": {\n      "value": "${v.alchemy}"\n    }\n  }\n}\n`,
    'sync.sh': `AMPLITUDE_API_KEY="\${AMPLITUDE_API_KEY:-${hex(32)}}"\nAMPLITUDE_SECRET_KEY="\${AMPLITUDE_SECRET_KEY:-${v.ampSecret}}"\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it("reads Android string resources with more attributes, Go's envOr fallback, rpcpass, Splunk's pass4SymmKey and a quoted redis-cli password", async () => {
  const v = { mqtt: `c03DQ${token(10)}=k2`, toast: token(64), rpc: token(20), symm: `ZY_${token(12)}%0N76`, redis: `-b*cC${token(8)}+%F#=h`, tok: 'tok_GLDIYAbBqZTRdP39' };
  const hits = await scan({
    'res/values/config.xml': `<resources>\n    <string name="mqtt_password" translatable="false">${v.mqtt}</string>\n    <string name="app_name" translatable="false">Scanner</string>\n</resources>\n`,
    'cmd/bridge/main.go': `clientSecret = flag.String("toast-client-secret", envOr("TOAST_CLIENT_SECRET", "${v.toast}"), "Toast client secret")\n`,
    'lnd/lnd.conf': `bitcoind.rpcuser=lnd\nbitcoind.rpcpass=${v.rpc}\n`,
    'splunk/outputs.conf': `[indexer_discovery:cluster]\npass4SymmKey = ${v.symm}\n`,
    '.bash_history': `redis-cli -h cache01 -a '${v.redis}' --no-auth-warning llen jobs\n`,
    'scripts/reindex.mjs': `const client = new ConstructorIO({\n  apiToken: process.env.CNSTRC_API_TOKEN ?? '${v.tok}',\n});\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it('leaves public values alone: Storefront and client tokens, EVM addresses, KDF salts, Magento hashes, a variable in a notebook', async () => {
  const hcaptcha = `0x${hex(40)}`;
  const hits = await scan({
    'config/settings_data.json': `{\n  "storefront_api_token": "${hex(32)}",\n  "facebook_client_token": "${hex(32)}"\n}\n`,
    'settings/production.py': `NFT = {\n    "PASS_CONTRACT": "0x${hex(40)}",\n}\nHCAPTCHA_SECRET = "${hcaptcha}"\n`,
    'keystore-m_12381_3600_0_0_0.json': `{"crypto": {"kdf": {"function": "scrypt", "params": {"dklen": 32, "n": 262144, "r": 8, "p": 1, "salt": "${hex(64)}"}, "message": ""}}}\n`,
    'admin_user-export.csv': `user_id,username,password\n1,hh_ops,${hex(64)}:${token(32)}:3_32_2_67108864\n`,
    'pnl.ipynb': `{"cells": [{"source": ["q = requests.post(url,\\n", "    headers={\\"X-Dune-API-Key\\": DUNE_API_KEY},\\n", ")"]}]}\n`,
  });
  expect(secrets(hits)).toEqual([hcaptcha]);
});
