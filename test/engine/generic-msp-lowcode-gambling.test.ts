/**
 * Forms found on a blind corpus batch (bench/corpus, batch57: managed service providers, low-code and RPA
 * tools, online gambling) and on the misses of earlier ones: tables of logins in documentation, a chat's
 * token pasted as a message of its own, a CSV table of names and values, a YAML anchor before a value;
 * and what must stay quiet beside them (the public halves of pairs, a cipher's IV, notes about where a
 * password is kept, a commit id pasted in a chat).
 */
import { validatorFor } from '../../src/engine/validators';
import { base62, digits, hex, scanFiles, secrets, token } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-msp-');

it("reads typed passwords from a runbook's table of logins, not notes about where a password is kept", async () => {
  const typed = [`Kyo-Postroom-${digits(4)}`, `Adopt-Dont-Shop${digits(2)}`];
  const hits = await scan({
    'docs/onboarding-runbook.md': [
      '## Shared admin logins',
      '',
      '| System | Account | Password |',
      '| --- | --- | --- |',
      '| Password manager | `it@example.com` | KeePass |',
      '| Dell iDRAC 8 | `root` | `calvin` |',
      `| Kyocera web admin | \`Admin\` | \`${typed[0]}\` (change me) |`,
      `| Front desk PC | \`frontdesk\` | \`${typed[1]}\` |`,
      '| SSRS report server | `svc_reports` | see the vault, path ops/ssrs |',
      '',
    ].join('\n'),
  });
  expect(secrets(hits)).toEqual([...typed].sort());
});

it("reads a Wi-Fi table's bare Key column beside its SSID column", async () => {
  const psk = `Taproom#Hops${digits(4)}`;
  const hits = await scan({
    'hudu-export/site-network.md': ['| SSID | Security | VLAN | Key |', '|---|---|---|---|', `| Staff | WPA2-PSK | 20 | \`${psk}\` |`, '| Guest | Open | 40 | n/a |', ''].join('\n'),
    'docs/cache.md': ['| Name | TTL | Key |', '|---|---|---|', '| sessions | 300 | `session:{id}` |', ''].join('\n'),
  });
  expect(secrets(hits)).toEqual([psk]);
});

it('reads the password after a user name on a chat line, and a login written as user / `password`', async () => {
  const chat = `Tr4nsf0rmer!${token(8)}`;
  const doc = `Saltm@rsh-Switch${digits(2)}`;
  const hits = await scan({
    'chat/slack-roaming-ops.txt': `[08:40] Rik: user: ops-admin  pass: ${chat}\n[08:41] Ana: thanks\n`,
    'docs/network.md': `- SW01: Cisco CBS350-24P, 10.30.0.2, admin / \`${doc}\`\n- Copy \`src\` / \`dest\` pairs from the table.\n`,
  });
  expect(secrets(hits)).toEqual([chat, doc].sort());
});

it('reads a token pasted as a chat message of its own after a message that asks for it, not a commit id', async () => {
  const pasted = token(40);
  const hits = await scan({
    'chat/teams-helpdesk-export.txt': [
      '[2024-09-23 09:31] Wren: anyone got the Syncro API token for the migration script? the one in the repo 401s',
      `[2024-09-23 09:33] Shay: I rotated it Friday. new one: ${pasted}`,
      '[2024-09-23 09:40] Wren: fixed the token refresh bug too, commit below',
      `[2024-09-23 09:40] Wren: ${hex(40)}`,
      '',
    ].join('\n'),
  });
  expect(secrets(hits)).toEqual([pasted]);
});

it('reads the values of a CSV table of names and values whose header names no credential, and a password_or_key column', async () => {
  const [secret, key, login] = [token(40), hex(32), `Kestrel!IA${digits(4)}`];
  const hits = await scan({
    'orchestrator-assets.csv': [
      'Name,Type,Scope,Value,Description',
      'MaxInvoiceAmount,Integer,Global,250000,Above this the bot routes to a human',
      `Vantage_ClientSecret,Text,Global,${secret},client secret (should be Secret type)`,
      'ExceptionMailTo,Text,Global,rpa-coe@example.com,',
      '',
    ].join('\n'),
    'platform-logins.csv': ['platform,login,password_or_key,notes', `Income Access,reporting,${key},reporting API key`, `Income Access,kb-ops,${login},web login`, ''].join('\n'),
  });
  expect(secrets(hits)).toEqual([secret, key, login].sort());
});

it('reads the value after a YAML anchor, and a Spring default that is base64 starting with a slash', async () => {
  const pw = token(24);
  const b64 = `/${token(40)}/0`;
  const hits = await scan({
    'docker-compose.yml': `services:\n  db:\n    environment:\n      MYSQL_PASSWORD: &db-password "${pw}"\n  app:\n    environment:\n      DB_PASS: *db-password\n`,
    'src/main/resources/application-prod.yml': `portal:\n  session-signing-key: \${PORTAL_SESSION_KEY:${b64}}\n  cache-dir: \${CACHE_DIR:/var/cache/portal/tiles}\n`,
  });
  expect(secrets(hits)).toEqual([pw, b64].sort());
});

it("leaves the public halves of Veriff's, Jumio's and Datto's pairs and a cipher's IV, and reads their secrets", async () => {
  const [shared, jumioSecret, dattoSecret, aesKey] = [token(32), token(32), token(32), hex(32)];
  const hits = await scan({
    'secrets.auto.tfvars': [
      'kyc_secrets = {',
      `  jumio_api_token      = "${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}"`,
      `  jumio_api_secret     = "${jumioSecret}"`,
      `  geocomply_decrypt_key = "${aesKey}"`,
      `  geocomply_decrypt_iv  = "${hex(32)}"`,
      `  veriff_api_key       = "${hex(8)}-${hex(4)}-4${hex(3)}-9${hex(3)}-${hex(12)}"`,
      `  veriff_shared_secret = "${shared}"`,
      '}',
      '',
    ].join('\n'),
    '.env': `DATTO_RMM_API_KEY=${token(32).toUpperCase()}\nDATTO_RMM_API_SECRET_KEY=${dattoSecret}\n`,
  });
  expect(secrets(hits)).toEqual([shared, jumioSecret, dattoSecret, aesKey].sort());
});

it("checks a BitLocker recovery password's groups: multiples of 11 below 720,896", () => {
  const check = validatorFor('bitlocker-recovery')!;
  // Built here from the 16-bit numbers the groups encode, so no valid recovery password sits in the source.
  const groups = [65535, 0, 1, 35747, 9090, 42870, 2739, 59459].map((k) => String(11 * k).padStart(6, '0'));
  expect(check(groups.join('-'))).toBe(true);
  // 720,896 is 11 x 65,536: one past the largest 16-bit value a group encodes.
  expect(check([String(11 * 65536), ...groups.slice(1)].join('-'))).toBe(false);
  expect(check([String(11 * 65535 - 1), ...groups.slice(1)].join('-'))).toBe(false);
  expect(check(groups.slice(1).join('-'))).toBe(false);
});

it('reads a BitLocker recovery password pasted in a ticket, and not digit groups that fail its check', async () => {
  const groups = () => Array.from({ length: 8 }, () => String(11 * (1 + Math.floor(Math.random() * 65534))).padStart(6, '0')).join('-');
  const pw = groups();
  const hits = await scan({
    'tickets/HALO-48213.md': `BitLocker recovery for LT-2231, key ID {415A55D9-D1C9-402F-8B88-948D506989D5}:\n\n\`${pw}\`\n\nTracking numbers for the recovery shipment: 100000-200000-300000-400000-500000-600000-700000-800000\n`,
  });
  expect(secrets(hits)).toEqual([pw]);
});

it("reads Python's `or` fallback literal and a password before a note in parentheses, not a product key or a login's note", async () => {
  const [fallback, note, salt] = [hex(40), `Kb0ps-DGE-${digits(4)}!`, token(20)];
  const hits = await scan({
    'seatable/weekly_rollup.py': `API_TOKEN = context.api_token or "${fallback}"\nmode = args.mode or "fast"\n`,
    'docs/regulator-portals-runbook.md': `sftp ops@sftp.reporting.example.gov\n# password: ${note}   (letter from the regulator dated 2025-12-09)\n`,
    'appsmith/docker.env': `APPSMITH_ENCRYPTION_SALT=${salt}\n`,
    'config/runtime.exs': `config :ledger, :live_view_signing_salt, "${token(8)}"\n`,
    'deploy/autounattend.xml': '<UserData>\n  <ProductKey><Key>VK7JG-NPHTM-C97JM-9MPGT-3V66T</Key><WillShowUI>Never</WillShowUI></ProductKey>\n</UserData>\n',
    'client-credentials.csv': 'Client,Tool,Login,Secret\nAgency,Pipedream,workspace login,marco@example.com / SSO\n',
  });
  expect(secrets(hits)).toEqual([fallback, note, salt].sort());
});

it("reads a batch file's `set TASKPASS=` and `set RUNPW=`, Trino's keystore key, and not the shell's OLDPWD", async () => {
  const [task, run, keystore] = [token(20), `Munis$Harlan${digits(4)}!`, `Kettle-Trino-${token(12)}`];
  const hits = await scan({
    'batch/register_tasks.cmd': `@echo off\nset TASKUSER=CORP\\svc_tasks\nset TASKPASS=${task}\nset RUNPW=${run}\nschtasks /create /ru %TASKUSER% /rp %TASKPASS% /tn nightly /tr C:\\jobs\\run.cmd\n`,
    'etc/config.properties': `http-server.https.enabled=true\nhttp-server.https.keystore.path=/etc/trino/keystore.jks\nhttp-server.https.keystore.key=${keystore}\n`,
    'env.txt': 'OLDPWD=/home/ops/src/tokenguard-worktree-2\n',
  });
  expect(secrets(hits)).toEqual([task, run, keystore].sort());
});

it('reads passwords named in other languages, and the same words in prose', async () => {
  const pw = () => `${token(6)}#${digits(4)}`;
  const [senha, clave, contrasena, passwort, prose, chat] = [pw(), pw(), pw(), pw(), `Datev!Export${digits(4)}`, `PaoDourado@${digits(4)}`];
  const hits = await scan({
    'acbr/ACBrMonitor.ini': `[Certificado]\nArquivoPFX=C:\\ACBr\\cert.pfx\nSenha=${senha}\n`,
    'dian/FacturacionElectronica.config.xml': `<appSettings>\n  <add key="Certificado.Clave" value="${clave}" />\n</appSettings>\n`,
    'admin/accesos-clientes.csv': `cliente,servicio,usuario,contraseña,notas\nYerbamate & Co.,Tiendanube admin,tomas@example.com.ar,${contrasena},usuario colaborador\n`,
    'eric.env': `ERIC_CERT_PIN=${passwort}\n`,
    'chat/teams-buchhaltung.txt': `[04.02.2025 14:05] Marek: neues Passwort ist ${prose} – trage ich im Skript ein\n`,
    'chat/suporte.txt': `[04/12 10:03] Sérgio: a senha é ${chat}\n`,
  });
  expect(secrets(hits)).toEqual([senha, clave, contrasena, passwort, prose, chat].sort());
});

it("reads OpenSSL's pass: argument, curl's certificate password and a .netrc password with dots, not env: or a variable", async () => {
  const [p12, cert, netrc] = [`Kassa!Swish${digits(4)}`, `Bankid#Kassa${digits(4)}!`, `Nexus.Deploy${digits(4)}`];
  const hits = await scan({
    'runbook-swish.md': `\`\`\`\nopenssl pkcs12 -export -in swish.pem -inkey swish.key -out swish.p12 -passout pass:${p12}\nopenssl pkcs12 -export -in a.pem -inkey a.key -out a.p12 -passout env:P12_PASSWORD\n\`\`\`\n`,
    '.bash_history': `curl -v --cert-type P12 --cert /etc/bankid/rp_2024.p12:${cert} https://appapi2.test.bankid.com/rp/v6.0/auth\ncurl --cert "$CERT_PATH:$CERT_PASSWORD" https://api.example.com/\n`,
    'home/diego/.netrc': `machine nexus.example.com\n  login deploy\n  password ${netrc}\n`,
  });
  expect(secrets(hits)).toEqual([p12, cert, netrc].sort());
});

it('reads a short client secret drawn at random, not an identifier of two classes or a short salt', async () => {
  const secret = () => {
    for (;;) {
      const v = `${base62(4)}${digits(1)}${base62(5)}`;
      if (/[A-Z]/.test(v) && /[a-z]/.test(v) && !/[a-z]{4}|[A-Z]{7}/.test(v)) return v;
    }
  };
  const [naver, fortnox] = [secret(), secret()];
  const hits = await scan({
    'settings.toml': `[naver]\nclient_id = "${base62(20)}"\nclient_secret = "${naver}"\n`,
    'fortnox/client.go': `package fortnox\n\nvar legacy = Credentials{\n\tClientSecret: "${fortnox}",\n}\n`,
    'Info.plist': '<dict>\n\t<key>AdjustAppToken</key>\n\t<string>6l0d1t0c90t0</string>\n</dict>\n',
  });
  expect(secrets(hits)).toEqual([naver, fortnox].sort());
});

it("reads an access key's sk and a URL whose user is an e-mail address; leaves client keys shipped to browsers and apps", async () => {
  const [sk, obs, dsn] = [hex(32), token(40), `Lyon69Atelier!${digits(2)}`];
  const hits = await scan({
    '.bce/credentials': `ak = ${hex(32)}\nsk = ${sk}\n`,
    'maven/settings.xml': `<settings>\n  <obs.ak>${token(20).toUpperCase()}</obs.ak>\n  <obs.sk>${obs}</obs.sk>\n</settings>\n`,
    '.env.local': `MAILER_DSN=smtp://cabinet@atelier.example.fr:${dsn}@ssl0.ovh.net:465\nEFI_PIX_KEY=${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}\nMIDTRANS_CLIENT_KEY=Mid-client-${base62(16)}\n`,
    'res/values/secrets.xml': `<resources>\n  <string name="kakao_native_app_key" translatable="false">${hex(32)}</string>\n</resources>\n`,
    'locales.yml': 'languages:\n  sk: "Slovenčina"\n',
  });
  expect(secrets(hits)).toEqual([sk, obs, dsn].sort());
});

it("leaves a constant holding a pattern's alternation of names, not a password", async () => {
  const pw = `Db|Adm1n!${digits(4)}`;
  const hits = await scan({
    'src/keys.ts': `export const PASS_OWNERS = 'db|my|admin|root|user|smtp|mail|ftp';\nconst PASSWORD = '${pw}';\n`,
  });
  expect(secrets(hits)).toEqual([pw]);
});
