/**
 * Forms found on a blind corpus batch (bench/corpus, batch59: security operations and threat intelligence,
 * African and Middle Eastern fintech, Central and Eastern European commerce): keys written in Turkish and
 * Polish, typed constants, a Postman header named `Key`, JSON in a CSV cell, Django's settings fallback, a
 * key sent alone in an Authorization header; and what must stay quiet beside them (a published test
 * vector, a Tines reference, a Vault path, a DSN with no password, a public client key, a certificate).
 */
import { base62, digits, hex, hexKey, scanFiles, secrets, token } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-secops-');

it('reads passwords under keys spelled beyond ASCII (Turkish şifre, Polish hasło) in a chat and a config', async () => {
  const tr = `Bogazici*${digits(4)}`;
  const pl = `3UEHV!${base62(8)}`;
  const hits = await scan({
    'chat/WhatsApp-Sohbeti.txt': `12.01.2024 10:20 - Emre: kullanıcı: 3810472953 şifre: ${tr}\n12.01.2024 10:21 - Selin: Teşekkürler\n`,
    'chat/slack-projekt.txt': `[2024-03-11 11:44] Paweł: login: 14950101 / hasło: ${pl} / masterFid: 149501\n`,
  });
  expect(secrets(hits)).toEqual([pl, tr].sort());
});

it('reads a typed constant (Rust `&str`, TypeScript `string`) whose key ends in key', async () => {
  const rust = base62(64);
  const ts = base62(40);
  const hits = await scan({
    'crates/gn-client/src/lib.rs': `#[cfg(test)]\nmod tests {\n    const LIVE_KEY: &str = "${rust}";\n    const KEY_LEN: usize = 32;\n}\n`,
    'src/client.ts': `export class Client {\n  private readonly liveKey: string = '${ts}';\n  cacheKey: string = 'id';\n}\n`,
  });
  expect(secrets(hits)).toEqual([rust, ts].sort());
});

it('stays quiet on a key a comment calls a published test vector', async () => {
  const hits = await scan({
    'src/keys.rs': `/// NIST SP 800-38D GCM test case 16 (public test vector).\npub const NIST_TC16_KEY: &str = "${hex(64)}";\n`,
  });
  expect(hits).toEqual([]);
});

it("reads a Postman header named Key by its name/value object, not a translation's entry", async () => {
  const key = hexKey(80);
  const hits = await scan({
    'postman/Upstreams.postman_collection.json': `{"header": [\n  {"key": "Key", "value": "${key}", "type": "text"},\n  {"key": "Accept", "value": "application/json"}\n]}\n`,
    'i18n/glossary.json': '[\n  {"key": "Key", "value": "Schlüssel"},\n  {"key": "Token", "value": "Wertmarke"}\n]\n',
  });
  expect(secrets(hits)).toEqual([key]);
});

it('reads a password from JSON inside a CSV cell, its quotes doubled as CSV escapes them', async () => {
  const pw = `Benefits${digits(4)}!`;
  const hits = await scan({
    'phish-results-raw-events.csv': [
      'campaign_id,email,time,message,details',
      `4,a@example.com,2025-03-03T09:13:40Z,Submitted Data,"{""payload"":{""username"":[""a@example.com""],""password"":[""${pw}""]}}"`,
      '4,b@example.com,2025-03-03T09:14:02Z,Clicked Link,"{""payload"":{""rid"":[""Xk2mQ9p""]}}"',
      '',
    ].join('\n'),
  });
  expect(secrets(hits)).toEqual([pw]);
});

it("reads the literal fallback of Django's getattr(settings, NAME, default)", async () => {
  const key = base62(16);
  const hits = await scan({
    'odeme/paytr_token.py': `from django.conf import settings\n\nMERCHANT_KEY = getattr(settings, "PAYTR_MERCHANT_KEY", "${key}").encode()\ntimeout = getattr(settings, "PAYTR_TIMEOUT", "30")\n`,
  });
  expect(secrets(hits)).toEqual([key]);
});

it('reads a key sent alone in an Authorization header, not a header built from a variable', async () => {
  const xdr = base62(64);
  const xsoar = hexKey(32).toUpperCase();
  const hits = await scan({
    'logs/xsoar/server.log': `2025-02-11 00:03:17.336 debug [integration] headers: {'x-xdr-auth-id': '17', 'Authorization': '${xdr}'}\n`,
    'notebooks/metrics.py': `XS_HDR = {"Authorization": "${xsoar}", "Accept": "application/json"}\nHDRS = {"Authorization": self.api_key}\n`,
  });
  expect(secrets(hits)).toEqual([xdr, xsoar].sort());
});

it('stays quiet on references, a DSN with no password, names of what goes there, public client keys and certificates', async () => {
  const hits = await scan({
    'exports/tines/story.json': '{"headers": {"API-Key": "<<CREDENTIAL.urlscan_mdr>>"}}\n',
    'group_vars/production/vars.yml': `airtel_client_secret: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/safiri/airtel:client_secret') }}"\n`,
    'tenable_export/export.py': 'import os\nPG_DSN = os.getenv("VULNDB_DSN", "dbname=vulndash user=vulnops_writer host=hc-pg02.halcyon.local")\n',
    'VulnDashboard/appsettings.json': '{\n  "Scanners": {\n    "TenableSecretKey": "tio-secret-key",\n    "QualysPassword": "qualys-api-password"\n  }\n}\n',
    'zaytoon/paytabs_gateway.rb': `class PaytabsGateway\n  CLIENT_KEY = "C${hex(9).toUpperCase()}-${hex(10).toUpperCase()}-${hex(10).toUpperCase()}"\nend\n`,
    'fatoora/application-prod.yml': `zatca:\n  production-csid:\n    binary-security-token: ${Buffer.from(`MIID${base62(120)}`).toString('base64')}\n`,
  });
  expect(hits).toEqual([]);
});

it('reads a passkey and a password in a NEON config as settings, not code', async () => {
  const passkey = hexKey(64);
  const db = `L9${base62(22)}`;
  const hits = await scan({
    'safiri/settings/production.py': `MPESA = {\n    "SHORTCODE": "4087231",\n    "PASSKEY": "${passkey}",\n}\n`,
    'app/config/local.neon': `database:\n\tdsn: 'mysql:host=127.0.0.1;dbname=shop'\n\tuser: listek\n\tpassword: ${db}\n`,
  });
  expect(secrets(hits)).toEqual([db, passkey].sort());
});

it('reads a key named in a chat message and given after it, with no assignment sign', async () => {
  const key = base62(20);
  const np = token(40);
  const hits = await scan({
    'chat/WhatsApp-Muhasebe.txt': `12.01.2024 11:09 - Murat Bey: API KEY ${key}\n12.01.2024 11:10 - Emre: tamam\n`,
    'chat/telegram-dev.txt': `19.02.2024 15:52  Iryna (accounts): token ${np}\n19.02.2024 15:55  Andrii: thanks, the token docs are in the wiki\n`,
  });
  expect(secrets(hits)).toEqual([key, np].sort());
});

it("reads a long token holding a run of one letter (a Yandex OAuth token's y0_AgAAAAA…), not encrypted values and hashes", async () => {
  const yandex = `y0_AgAAAAA${base62(48)}`;
  const hits = await scan({
    '.config/yandex-cloud/config.yaml': `current: prod\nprofiles:\n  prod:\n    token: ${yandex}\n    cloud-id: b1g2f8ajjbk9y8rspk37\n`,
    'airflow/connection.sql': `COPY public.connection (id, conn_id, password) FROM stdin;\n1\taws_logs\tgAAAAAB${base62(90)}\n\\.\n`,
    'airflow/ab_user.sql': `COPY public.ab_user (id, username, password) FROM stdin;\n1\tadmin\tpbkdf2:sha256:600000$${base62(16)}$${hex(64)}\n\\.\n`,
    'laravel/.env.example': 'RECAPTCHA_SITE_KEY=6LeIxAcTAAAAAJcZVRqyHh4ljqBT1OCUbAJk7K5w\nRECAPTCHA_SECRET_KEY=6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe\n',
    'rdp/APP01.rdp': `full address:s:10.0.0.5\nusername:s:CLINIC\\\\frontdesk\npassword 51:b:01000000D08C9DDF0115D1118C7A00C04FC297EB01000000${hex(120).toUpperCase()}\n`,
  });
  expect(secrets(hits)).toEqual([yandex]);
});

it("reads a 40-hex secret named after an earlier pair's id in a chat message, not a public key's or a commit's digest", async () => {
  const secret = hexKey(40);
  const hits = await scan({
    'chat/slack-projekt.txt': [
      `[2024-03-15 08:56] Marta: client_id 30568-${hex(16)} secret ${secret}`,
      `[2024-03-15 08:57] Tomasz: public key ${hex(64)}`,
      `[2024-03-15 08:58] Tomasz: commit sha: ${hex(40)}`,
      '',
    ].join('\n'),
  });
  expect(secrets(hits)).toEqual([secret]);
});

it('reads a token handed over as "new one" or "use the org one" in a chat export, not a pointer to where it is kept', async () => {
  const rotated = token(40);
  const org = hexKey(40);
  const pw = `Oh!oEms-Submit-${digits(4)}`;
  const hits = await scan({
    'chat/slack-export/support/2024-03-08.json': [
      '[',
      `  {"type": "message", "text": "yes, I regenerated it. new one:\\n\`\`\`${rotated}\`\`\`\\nplease put it in your keychain"},`,
      '  {"type": "message", "text": "new one is in 1Password under Payments / Termii, pull it from there"},',
      `  {"type": "message", "text": "state reset it Wednesday. new one is ${pw} - I put it in SoapUI"}`,
      ']',
      '',
    ].join('\n'),
    'chat/teams-helpdesk.txt': `[2024-09-23 16:42] Shay: use the org one for now ${org} , read-only org admin\n[2024-09-23 16:43] Wren: new password policy: 14+ chars, no reuse\n`,
  });
  expect(secrets(hits)).toEqual([org, pw, rotated].sort());
});

it("reads the password of a user/password pair under a credential's name (requests' auth=, LOGGER_AUTH = (…)), not a filter list", async () => {
  const pw = `Ostfriesland#${digits(4)}`;
  const creds = `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const hits = await scan({
    'sync/chirpstack.py': `import requests\n\nr = requests.get(URL, auth=("farm-sync", "${pw}"))\nTRAIN_CREDS = ("d442f69a-89aa-433a-bb8d-00800ae6c315", "${creds}")\nr2 = requests.get(URL, auth=(user, password))\n`,
    'telegraf/outputs.conf': '[[outputs.influxdb_v2]]\n  bucket = "longterm"\n  namepass = ["snmp*", "mysql*"]\n',
  });
  expect(secrets(hits)).toEqual([creds, pw].sort());
});

it('reads a quoted fallback holding an opening parenthesis and no closing one (a Django key), not a call', async () => {
  const django = `9y(9spe!wdp%${base62(20)}(@sug1b115w@tjs+-`;
  const hits = await scan({
    'settings.py': `import os\nSECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "${django}")\nTOKEN = os.getenv("API_TOKEN", "get_token()")\n`,
  });
  expect(secrets(hits)).toEqual([django]);
});

it("reads a key in Go's header dump (`map[X-Api-Key:[v]]`) and an API key as a URL's user with no password", async () => {
  const header = hexKey(32);
  const user = base62(24);
  const hits = await scan({
    'logs/job-8841972.log': `    apisports_client.go:49: request headers: map[X-Apisports-Key:[${header}] Accept:[application/json]]\n`,
    'logs/emissor-nfe.log': `2025-03-14T08:07:12 DEBUG reconsultando https://${user}:@api.focusnfe.com.br/v2/nfe/1501224310617-01\n2025-03-14T08:07:13 DEBUG https://user:@example.com/x\n`,
  });
  expect(secrets(hits)).toEqual([header, user].sort());
});

it('reads key columns named in other languages (Turkish Gizli Anahtar, Polish haslo_lub_klucz, German geheimnis)', async () => {
  const tr = base62(20);
  const pl = `Majewska!Ogrod${digits(2)}`;
  const de = hexKey(32);
  const hits = await scan({
    'entegrasyon_bilgileri.csv': `Platform,Ortam,Kullanıcı / ID,Anahtar,Gizli Anahtar,Sorumlu\nTrendyol,Canlı,528291,,${tr},Emre\n`,
    'dostepy-klienci.csv': `klient;system;login;haslo_lub_klucz;url\nZielony Zakątek;PayU panel;ewa@example.pl;${pl};https://merch-prod.snd.payu.com\n`,
    'mandantenportal_seed.sql': `INSERT INTO public.integrationen (id, mandant_id, anbieter, zugang_id, geheimnis, aktiv) VALUES\n (1, 10234, 'sevdesk', 'api@example.de', '${de}', true);\n`,
  });
  expect(secrets(hits)).toEqual([de, pl, tr].sort());
});
