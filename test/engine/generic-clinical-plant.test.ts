/**
 * Forms found missed or misread on a blind corpus batch (bench/corpus, batch45: hospital interface
 * engines and health-tech, plant floors and ERP, LLM application engineering): joined keytool and LDAP
 * names, Helm's `salt:` / `value:` pairs, Orthanc's registered users, Tcl keyed lists, a code span in
 * prose; with the lookalikes beside them (Cloud Foundry binding ids, Zoom's SDK key, an instrumentation
 * key, a Supabase anon JWT, hashed keys in a proxy log, a placeholder pair encoded for Basic auth).
 */
import { randomBytes } from 'node:crypto';
import { base62, scanFiles, token, secrets } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-clinical-');
const b64 = (bytes: number) => randomBytes(bytes).toString('base64');
const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
/** A random password with a digit, both cases and symbols, as a person's password manager makes one. */
const password = () => `${base62(6)}#${base62(5)}%-${base62(4)}7q`;

it('reads joined password names and a Helm value given below its key', async () => {
  const v = { keypass: password(), confpass: password(), salt: b64(32), enc: token(40) };
  const hits = await scan({
    'mirth/conf/mirth.properties': `keystore.path = \${dir.appdata}/keystore.jks\nkeystore.keypass = ${v.keypass}\nkeystore.type = JCEKS\n`,
    'dcm4chee/.env': `LDAP_ROOTPASS_FILE=/run/secrets/ldap\nLDAP_CONFPASS=${v.confpass}\n`,
    'langfuse/values.yaml': `langfuse:\n  salt:\n    value: "${v.salt}"\n  encryptionKey:\n    value: "${v.enc}"\n  nextauth:\n    secret:\n      secretKeyRef:\n        name: langfuse\n        key: nextauth-secret\n`,
  });
  expect(secrets(hits)).toEqual([v.keypass, v.confpass, v.salt, v.enc].sort());
});

it("reads Orthanc's registered users, a Tcl keyed list's password and a code span closing a header in prose", async () => {
  const v = { rad: password(), viewer: password(), ftp: password(), braced: `${base62(10)}#22`, key: token(40) };
  const hits = await scan({
    'orthanc/orthanc.json': `{\n  "Name" : "PACS",\n  "RegisteredUsers" : {\n    "radadmin" : "${v.rad}",\n    "viewer" : "${v.viewer}"\n  },\n  "DicomAet" : "SBRMC"\n}\n`,
    'cloverleaf/NetConfig': `protocol ob_lab {\n    { PROTOCOL {\n        { FTPUSER labout }\n        { FTPPASSWD ${v.ftp} }\n    } }\n}\nprotocol ob_rural {\n    { PROTOCOL {\n        { FTPPASSWD {${v.braced}} }\n    } }\n}\n`,
    'docs/handover.md': `3. **Availity** - HTTPS POST with API key header \`x-api-key: ${v.key}\`.\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it('leaves the ids of a service binding, public key halves, hashed keys and variables alone', async () => {
  const tenant = '3f0c8a52-9b1d-4e2f-8a61-2c4d7e9b0f13';
  const clientSecret = `${tenant}$${base62(40)}=`;
  const anon = `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${b64url({ iss: 'supabase', ref: base62(20).toLowerCase(), role: 'anon', iat: 1697462497 })}.${base62(43)}`;
  const hashed = Array.from({ length: 2 }, () => randomBytes(32).toString('hex'));
  const hits = await scan({
    'cap/default-env.json': `{\n  "VCAP_SERVICES": {\n    "xsuaa": [{\n      "credentials": {\n        "subaccountid": "${tenant}",\n        "clientid": "sb-orders-dev!t320108",\n        "xsappname": "orders-dev!t48211",\n        "clientsecret": "${clientSecret}",\n        "tenantid": "${tenant}",\n        "zoneid": "${tenant}"\n      }\n    }]\n  }\n}\n`,
    'telehealth/.env.production': `ZOOM_VIDEO_SDK_KEY=${base62(22)}\nAPPINSIGHTS_INSTRUMENTATIONKEY=${tenant}\n`,
    'streamlit/.streamlit/secrets.toml': `SUPABASE_URL = "https://example.supabase.co"\nSUPABASE_KEY = "${anon}"\n`,
    'logs/litellm-proxy.log': hashed.map((h) => `10:05:37 - LiteLLM Proxy:DEBUG: user_api_key_auth.py:612 - api_key hashed token=${h} key_alias=team-a\n`).join(''),
    'notebooks/export.ipynb': `{"cells": [{"cell_type": "code", "source": [\n    "app = msal.ConfidentialClientApplication(CLIENT_ID, client_credential=CLIENT_SECRET)\\n",\n    "print(app)"\n]}]}\n`,
    'ad/New-Accounts.ps1': `New-ADServiceAccount -Name gmsa-sync -PrincipalsAllowedToRetrieveManagedPassword 'Sync-Hosts'\n`,
    'docs/CARRIER_SETUP.md': `Authorization: Basic ${Buffer.from('your-client-id:your-client-secret').toString('base64')}\n`,
  });
  expect(secrets(hits)).toEqual([clientSecret]);
});
